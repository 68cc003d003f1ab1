#!/bin/sh
# The macOS app and disk image. Run on a Mac (Python 3.11+, Xcode command line tools):
#   sh packaging/macos/build-dmg.sh
# writes dist/Seatkeeper.app (PyInstaller's BUNDLE step in packaging/seatkeeper.spec,
# with the .icns icon) and dist/Seatkeeper-<version>.dmg (the app and a link to
# /Applications to drag it onto).
# Signing and notarising need an Apple Developer ID: set SEATKEEPER_SIGN_ID (e.g.
# "Developer ID Application: Example Ltd (TEAMID)") and, for notarytool, a keychain
# profile in SEATKEEPER_NOTARY_PROFILE; without them the image is unsigned (Gatekeeper
# then asks the admin to open it with right-click -> Open the first time).
set -eu
cd "$(dirname "$0")/../.."
make dist
version="$(.venv/bin/python -c 'import seatkeeper; print(seatkeeper.__version__)')"
app="dist/Seatkeeper.app"
test -d "$app"
"$app/Contents/MacOS/seatkeeper" --version
if [ -n "${SEATKEEPER_SIGN_ID:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$SEATKEEPER_SIGN_ID" "$app"
fi
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/Seatkeeper-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "Seatkeeper $version" -srcfolder "$stage" -fs HFS+ -format UDZO "$dmg"
if [ -n "${SEATKEEPER_SIGN_ID:-}" ]; then
    codesign --sign "$SEATKEEPER_SIGN_ID" --timestamp "$dmg"
    if [ -n "${SEATKEEPER_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$SEATKEEPER_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    fi
fi
echo "$dmg"
