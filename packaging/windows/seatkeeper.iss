; Inno Setup script: the Windows installer around the one-folder bundle.
; Build on Windows (Inno Setup 6, https://jrsoftware.org/isinfo.php):
;   make dist            (or: pip install -e ".[dist]" && python -m tools.dist build)
;   iscc packaging\windows\seatkeeper.iss
; It takes dist\seatkeeper\ (seatkeeper.exe for the window, seatkeeper-cli.exe for the
; console) and writes dist\Seatkeeper-<version>-setup.exe. Per-user install by default,
; no administrator rights needed; the roster in %LOCALAPPDATA%\Seatkeeper is never removed
; by the uninstaller.

#define AppName "Seatkeeper"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0E3C59-3E4B-4C62-9E0D-5EA7C0D1B0A7}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Seatkeeper
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Seatkeeper-{#AppVersion}-setup
SetupIconFile=..\..\src\seatkeeper\icons\seatkeeper.ico
UninstallDisplayIcon={app}\seatkeeper.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\seatkeeper\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\seatkeeper.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\seatkeeper.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\seatkeeper.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
