<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
    <context>
        <name>AskHoldersDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>&amp;Send</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>&amp;Send 1 message</source>
            <translation>&amp;Send 1 melding</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>&amp;Send {count} messages</source>
            <translation>&amp;Send {count} meldinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>Ask the holders</source>
            <translation>Spør brukerne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>Each holder gets a short message asking whether they still need their seat, with a date to answer by that leaves time before the cancel-by deadline. Record their answers with “Holder answered…” on the Review screen; a missing answer becomes a finding on its reply-by date.</source>
            <translation>Hver bruker får en kort melding med spørsmål om de fortsatt trenger lisensen sin, med en svarfrist som gir tid til å handle før fristen for oppsigelse. Registrer svarene med «Brukeren har svart…» i skjermbildet Gjennomgang; et svar som uteblir, blir et funn på svarfristen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>No held seat has a cancel-by deadline in the next {days} days that leaves time to ask.</source>
            <translation>Ingen tildelt lisens har en frist for oppsigelse de neste {days} dagene som gir tid til å spørre.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>The message as it will be sent</source>
            <translation>Meldingen slik den blir sendt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>To: {to}
Subject: {subject}

{body}</source>
            <translation>Til: {to}
Emne: {subject}

{body}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>{subscription} · {seat} — {holder} · reply by {reply_by}</source>
            <translation>{subscription} · {seat} — {holder} · svarfrist {reply_by}</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>  Entity: </source>
            <translation>  Post: </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source> Action: </source>
            <translation> Handling: </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>1 event</source>
            <translation>1 hendelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>After</source>
            <translation>Etter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Before</source>
            <translation>Før</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Credential</source>
            <translation>Påloggingsinformasjon</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Delivery</source>
            <translation>Levering</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Device</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Entity</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Event</source>
            <translation>Hendelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Every action</source>
            <translation>Alle handlinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Every entity</source>
            <translation>Alle poster</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Filter by words in what happened, who or the action (Ctrl+F)</source>
            <translation>Filtrer på ord i hva som skjedde, hvem eller handlingen (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Reminder</source>
            <translation>Påminnelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Review</source>
            <translation>Gjennomgang</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Roster</source>
            <translation>Lisensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Seat</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Select an event to see the values before and after it.</source>
            <translation>Velg en hendelse for å se verdiene før og etter den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>What happened</source>
            <translation>Hva som skjedde</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>{count} events</source>
            <translation>{count} hendelser</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Gjenopprett</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Backups are kept for roster files only. A roster on a server is backed up on the server (pg_dump).</source>
            <translation>Sikkerhetskopier tas bare av lisensregistre i filer. Et lisensregister på en server sikkerhetskopieres på serveren (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Replace the roster {label} with the copy from {m} UTC? Changes made since then are set aside in a new backup.</source>
            <translation>Vil du erstatte lisensregisteret {label} med kopien fra {m} UTC? Endringer gjort siden da legges til side i en ny sikkerhetskopi.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Restore from backup</source>
            <translation>Gjenopprett fra sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Restoring {label}…</source>
            <translation>Gjenoppretter {label}…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>The roster is open read-only for review; it cannot be restored from here.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang; det kan ikke gjenopprettes herfra.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>The roster was restored from the copy of {m} UTC.</source>
            <translation>Lisensregisteret ble gjenopprettet fra kopien fra {m} UTC.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>The roster's audit log has been tampered with since this copy: {problem}. The roster as it is now is kept in a new backup, as evidence.</source>
            <translation>Revisjonsloggen i lisensregisteret er blitt manipulert siden denne kopien ble tatt: {problem}. Lisensregisteret slik det er nå, tas vare på i en ny sikkerhetskopi som bevis.</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>1 device</source>
            <translation>1 enhet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>1 pending delivery</source>
            <translation>1 ventende levering</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>1 seat</source>
            <translation>1 lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>1 subscription</source>
            <translation>1 abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>{count} devices</source>
            <translation>{count} enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>{count} pending deliveries</source>
            <translation>{count} ventende leveringer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>{count} seats</source>
            <translation>{count} lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>{count} subscriptions</source>
            <translation>{count} abonnementer</translation>
        </message>
    </context>
    <context>
        <name>CredentialsDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Hide</source>
            <translation>&amp;Skjul</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Platform:</source>
            <translation>&amp;Plattform:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;User name:</source>
            <translation>&amp;Brukernavn:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>C&amp;lose</source>
            <translation>L&amp;ukk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copied. The clipboard is cleared in {seconds} s if it still holds it.</source>
            <translation>Kopiert. Utklippstavlen tømmes om {seconds} s hvis den fortsatt inneholder dette.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy</source>
            <translation>Kopier</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy password</source>
            <translation>Kopier passord</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy user name</source>
            <translation>Kopier brukernavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Credentials are unavailable: no secure keyring was found on this system, and Seatkeeper never keeps passwords anywhere else. Everything else works.</source>
            <translation>Påloggingsinformasjon er ikke tilgjengelig: Ingen sikker nøkkelring ble funnet på dette systemet, og Seatkeeper lagrer aldri passord andre steder. Alt annet virker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>None stored for {currenttext} yet. Type the user name and password the vendor assigned, then Save.</source>
            <translation>Ingenting er lagret for {currenttext} ennå. Skriv inn brukernavnet og passordet leverandøren har tildelt, og velg Lagre.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Not saved yet.</source>
            <translation>Ikke lagret ennå.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;ord:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Reading the keyring…</source>
            <translation>Leser nøkkelringen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>S&amp;how</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Saved in the keyring for {currenttext}.</source>
            <translation>Lagret i nøkkelringen for {currenttext}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Saving to the keyring…</source>
            <translation>Lagrer i nøkkelringen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Setup — seat {licence_id}</source>
            <translation>Setup — lisens {licence_id}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Sign-in credentials the vendor assigned to seat {licence_id} ({holder}). They are kept in the system keyring, never in the roster.</source>
            <translation>Påloggingsinformasjon som leverandøren har tildelt lisens {licence_id} ({holder}). Den lagres i systemets nøkkelring, aldri i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Stored in the keyring. Type over them and Save to replace.</source>
            <translation>Lagret i nøkkelringen. Skriv over og velg Lagre for å erstatte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang; ingenting kan endres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>unassigned</source>
            <translation>ikke tildelt</translation>
        </message>
    </context>
    <context>
        <name>DeadlineTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>App Store</source>
            <translation>App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Auto-renew is off: access ends; nothing is charged.</source>
            <translation>Automatisk fornyelse er slått av: Tilgangen opphører, og ingenting belastes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Auto-renew is on: this is charged unless cancelled in time.</source>
            <translation>Automatisk fornyelse er slått på: Dette belastes hvis det ikke sies opp i tide.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Billed through</source>
            <translation>Fakturert via</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Cancel by</source>
            <translation>Frist for oppsigelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Due</source>
            <translation>Forfaller</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Money</source>
            <translation>Betaling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Renewal</source>
            <translation>Fornyelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Seat</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Seat lapses</source>
            <translation>Lisensen opphører</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Trial ends</source>
            <translation>Prøveperioden slutter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Website</source>
            <translation>Nettsted</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Will charge</source>
            <translation>Belastes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Will charge {amount}</source>
            <translation>{amount} belastes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Will lapse</source>
            <translation>Opphører</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>in {days} days</source>
            <translation>om {days} dager</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>in {hours} h</source>
            <translation>om {hours} t</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>passed</source>
            <translation>passert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>within the hour</source>
            <translation>innen en time</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source> days</source>
            <translation> dager</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>&amp;Export calendar (ICS)…</source>
            <translation>&amp;Eksporter kalender (ICS)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>&amp;Next</source>
            <translation>&amp;Neste</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>1 deadline</source>
            <translation>1 frist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>All deadlines</source>
            <translation>Alle frister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>App Store</source>
            <translation>App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Billed through</source>
            <translation>Fakturert via</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Days ahead</source>
            <translation>Dager fremover</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Due</source>
            <translation>Forfaller</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Export deadlines as a calendar</source>
            <translation>Eksporter fristene som kalender</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Exported {count} to {path}</source>
            <translation>Eksporterte {count} til {path}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Filter by subscription, vendor, seat or holder (Ctrl+F)</source>
            <translation>Filtrer på abonnement, leverandør, lisens eller bruker (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Holder</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>If nothing is done: {amounts}</source>
            <translation>Hvis ingenting gjøres: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Kind of deadline</source>
            <translation>Type frist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Money</source>
            <translation>Betaling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Not exported</source>
            <translation>Ikke eksportert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Save the deadlines shown as an iCalendar file; importing a newer file updates the events instead of adding more.</source>
            <translation>Lagre fristene som vises, som en iCalendar-fil; når en nyere fil importeres, oppdateres hendelsene i stedet for at nye legges til.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Seat</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Select a deadline to see what it costs and what to do.</source>
            <translation>Velg en frist for å se hva den koster og hva du må gjøre.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>To avoid the charge, cancel {where} before this time. The Licences screen shows the steps.</source>
            <translation>For å unngå belastningen må du si opp {where} før dette tidspunktet. Skjermbildet Lisenser viser fremgangsmåten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Website</source>
            <translation>Nettsted</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-filer (*.ics)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>in the App Store</source>
            <translation>i App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>on the vendor's website</source>
            <translation>på leverandørens nettsted</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>{count} deadlines</source>
            <translation>{count} frister</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>&amp;Decision:</source>
            <translation>&amp;Beslutning:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Merknad:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>&amp;Record</source>
            <translation>&amp;Registrer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Decision for {what}:</source>
            <translation>Beslutning for {what}:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Nothing changes; the decision is recorded in the report.</source>
            <translation>Ingenting endres; beslutningen registreres i rapporten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Recorded for the report; give the seat to someone on the Licences screen.</source>
            <translation>Registreres for rapporten; tildel lisensen til noen i skjermbildet Lisenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Review decision</source>
            <translation>Beslutning i gjennomgangen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>The note is {count} characters; at most {limit} are kept.</source>
            <translation>Merknaden er på {count} tegn; høyst {limit} tas vare på.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Why (optional, shown in the report)</source>
            <translation>Hvorfor (valgfritt, vises i rapporten)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>{n} seats</source>
            <translation>
                <numerusform>{n} lisens</numerusform>
                <numerusform>{n} lisenser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>“Apply decisions” switches the seat's renewal off, so it is not paid for at the next billing period.</source>
            <translation>«Utfør beslutninger» slår av fornyelsen av lisensen, så den ikke betales for i neste faktureringsperiode.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>“Apply decisions” takes the seat from its holder (their history is kept).</source>
            <translation>«Utfør beslutninger» tar lisensen fra brukeren (historikken beholdes).</translation>
        </message>
    </context>
    <context>
        <name>DeliveriesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>&amp;Mark delivered</source>
            <translation>&amp;Merk som levert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>&amp;Undo send</source>
            <translation>&amp;Angre sending</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>1 delivery</source>
            <translation>1 levering</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Confirm that this delivery arrived (SD-4).</source>
            <translation>Bekreft at denne leveringen er kommet frem (SD-4).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Delivered</source>
            <translation>Levert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Delivery {delivery_id}</source>
            <translation>Levering {delivery_id}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Device or e-mail</source>
            <translation>Enhet eller e-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Download link by e-mail</source>
            <translation>Nedlastingslenke på e-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Failed</source>
            <translation>Mislyktes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Filter by subscription, device, e-mail or note (Ctrl+F)</source>
            <translation>Filtrer på abonnement, enhet, e-post eller merknad (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>How</source>
            <translation>Hvordan</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Note</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>On the sending device</source>
            <translation>På sendende enhet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Only a pending delivery can change; this one is {status}.</source>
            <translation>Bare en levering som venter, kan endres; denne har status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Overdue</source>
            <translation>Forsinket</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Pending</source>
            <translation>Venter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Pending for more than 24 hours.</source>
            <translation>Har ventet i mer enn 24 timer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Resolved</source>
            <translation>Avsluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Select a delivery to see where it went and what it needs.</source>
            <translation>Velg en levering for å se hvor den ble sendt og hva den trenger.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Select a pending delivery first.</source>
            <translation>Velg en levering som venter, først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Sent to</source>
            <translation>Sendt til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Take back this pending delivery (SD-6).</source>
            <translation>Trekk tilbake denne ventende leveringen (SD-6).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>The roster is open for read-only review.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>To the device</source>
            <translation>Til enheten</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Undo send</source>
            <translation>Angre sending</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Undo sending “{subscription}” to {target_text}? The delivery is marked undone and cannot be resumed; send again if it is needed later.</source>
            <translation>Vil du angre sendingen av «{subscription}» til {target_text}? Leveringen merkes som angret og kan ikke gjenopptas; send på nytt hvis det trengs senere.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Undone</source>
            <translation>Angret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>{count} deliveries</source>
            <translation>{count} leveringer</translation>
        </message>
    </context>
    <context>
        <name>DeviceTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>App version</source>
            <translation>Appversjon</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Connected</source>
            <translation>Tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Delivery</source>
            <translation>Levering</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Device</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Not connected</source>
            <translation>Ikke tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>OS version</source>
            <translation>OS-versjon</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Pending</source>
            <translation>Venter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Seat or subscription in use</source>
            <translation>Lisens eller abonnement i bruk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>The device is not connected to the vendor account.</source>
            <translation>Enheten er ikke tilkoblet leverandørkontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>DevicesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>1 device</source>
            <translation>1 enhet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>App version</source>
            <translation>Appversjon</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Connected to the account</source>
            <translation>Tilkoblet kontoen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Deliveries (My devices)</source>
            <translation>Leveringer (Mine enheter)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Filter by device, platform, region or version (Ctrl+F)</source>
            <translation>Filtrer på enhet, plattform, region eller versjon (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Nothing was sent to this device.</source>
            <translation>Ingenting er sendt til denne enheten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>OS version</source>
            <translation>OS-versjon</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Seat or subscription in use</source>
            <translation>Lisens eller abonnement i bruk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Select a device to see what it uses and what was sent to it.</source>
            <translation>Velg en enhet for å se hva den bruker og hva som er sendt til den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Vendor account</source>
            <translation>Leverandørkonto</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>{count} devices</source>
            <translation>{count} enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>{status} · {subscription} · sent {when}</source>
            <translation>{status} · {subscription} · sendt {when}</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/edit.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/edit.py" />
            <source>&amp;Redo {change}</source>
            <translation>&amp;Gjør om {change}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/edit.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/edit.py" />
            <source>&amp;Undo {change}</source>
            <translation>&amp;Angre {change}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source> days</source>
            <translation> dager</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Eksporter…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-arbeidsbøker (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Export</source>
            <translation>Eksporter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>HTML files (*.html)</source>
            <translation>HTML-filer (*.html)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Include &amp;secrets (passwords and product keys)</source>
            <translation>&amp;Ta med hemmeligheter (passord og produktnøkler)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>JSON files (*.json)</source>
            <translation>JSON-filer (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>No keyring is available, so there are no secrets to export.</source>
            <translation>Ingen nøkkelring er tilgjengelig, så det finnes ingen hemmeligheter å eksportere.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Only a JSON export can include secrets.</source>
            <translation>Bare en JSON-eksport kan inneholde hemmeligheter.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Report cancel-by deadlines &amp;within</source>
            <translation>Rapporter frister for oppsigelse &amp;innen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Review report as &amp;HTML</source>
            <translation>Gjennomgangsrapport som &amp;HTML</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Review report as &amp;PDF</source>
            <translation>Gjennomgangsrapport som &amp;PDF</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Seats as &amp;CSV</source>
            <translation>Lisenser som &amp;CSV</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Seats as E&amp;xcel workbook (XLSX)</source>
            <translation>Lisenser som E&amp;xcel-arbeidsbok (XLSX)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>The file will hold them in plain text. Off unless you ask: you will be asked to confirm.</source>
            <translation>Filen vil inneholde dem i klartekst. Av med mindre du ber om det: Du blir bedt om å bekrefte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>The whole roster as &amp;JSON (imports back into Seatkeeper)</source>
            <translation>Hele lisensregisteret som &amp;JSON (kan importeres tilbake i Seatkeeper)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>What to export:</source>
            <translation>Hva skal eksporteres:</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>&amp;Open roster…</source>
            <translation>&amp;Åpne lisensregister…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Open &amp;demo roster</source>
            <translation>Åpne &amp;demoregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Open roster</source>
            <translation>Åpne lisensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Seatkeeper rosters (*.sqlite *.db);;All files (*)</source>
            <translation>Seatkeeper-lisensregistre (*.sqlite *.db);;Alle filer (*)</translation>
        </message>
    </context>
    <context>
        <name>ForecastChart</name>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Charges in the next 12 months ({currency}): {total}</source>
            <translation>Belastninger de neste 12 månedene ({currency}): {total}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Decided against in review (saved)</source>
            <translation>Avvist i gjennomgangen (spart)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Lapses (not charged)</source>
            <translation>Opphører (belastes ikke)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Not in the bars, no exchange rate: {amounts}</source>
            <translation>Ikke med i søylene, ingen valutakurs: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Nothing renews in the next 12 months.</source>
            <translation>Ingenting fornyes de neste 12 månedene.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Other</source>
            <translation>Annet</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/forms.py" />
            <source>4 digits</source>
            <translation>4 sifre</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/forms.py" />
            <source>Saving…</source>
            <translation>Lagrer…</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>&amp;About Seatkeeper</source>
            <translation>&amp;Om Seatkeeper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Hurtigtaster</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>&lt;p&gt;&lt;b&gt;Seatkeeper {version}&lt;/b&gt; — keeps software subscriptions true and affordable.&lt;/p&gt;&lt;p&gt;Licence: proprietary; all rights reserved.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log: {log}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Seatkeeper {version}&lt;/b&gt; — holder programvareabonnementer korrekte og rimelige.&lt;/p&gt;&lt;p&gt;Lisens: proprietær; alle rettigheter forbeholdt.&lt;/p&gt;&lt;p&gt;Datamappe: {data}&lt;br&gt;Logg: {log}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>About Seatkeeper</source>
            <translation>Om Seatkeeper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Ctrl+F goes to the filter box of the screen; Escape there clears it.</source>
            <translation>Ctrl+F går til filterfeltet i skjermbildet; Escape der tømmer det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Keyboard shortcuts</source>
            <translation>Hurtigtaster</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Open &amp;data folder</source>
            <translation>Åpne &amp;datamappen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Open &amp;log</source>
            <translation>Åpne &amp;loggen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Seatkeeper user guide</source>
            <translation>Brukerveiledning for Seatkeeper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>User &amp;guide</source>
            <translation>&amp;Brukerveiledning</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source> and {n} more</source>
            <translation>
                <numerusform> og {n} til</numerusform>
                <numerusform> og {n} til</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source> — {n} problem(s) listed below.</source>
            <translation>
                <numerusform> — {n} problem er listet opp nedenfor.</numerusform>
                <numerusform> — {n} problemer er listet opp nedenfor.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Bla gjennom…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Choose…</source>
            <translation>&amp;Velg…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&amp;Encoding of a CSV file:</source>
            <translation>Tegn&amp;koding for en CSV-fil:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Stop at the first bad row: import nothing unless every row is good</source>
            <translation>&amp;Stopp ved første feilaktige rad: Importer ingenting med mindre alle radene er i orden</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>(row)</source>
            <translation>(rad)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Cancelled.&lt;/b&gt; Nothing was imported; the roster is as it was.</source>
            <translation>&lt;b&gt;Avbrutt.&lt;/b&gt; Ingenting ble importert; lisensregisteret er som før.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;Hold seats but are not in the file:&lt;/b&gt; {names}</source>
            <translation>&lt;b&gt;Har lisenser, men er ikke i filen:&lt;/b&gt; {names}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Imported the roster file.&lt;/b&gt; </source>
            <translation>&lt;b&gt;Lisensregisterfilen ble importert.&lt;/b&gt; </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;Marked as left:&lt;/b&gt; {names}</source>
            <translation>&lt;b&gt;Merket som sluttet:&lt;/b&gt; {names}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; An unexpected problem stopped the import.</source>
            <translation>&lt;b&gt;Ingenting ble importert.&lt;/b&gt; Et uventet problem stoppet importen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; {error}</source>
            <translation>&lt;b&gt;Ingenting ble importert.&lt;/b&gt; {error}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;To be written:&lt;/b&gt; {subscriptions} subscription(s), {seats} seat(s), {holders} holder(s). One plan period of them costs {costs}.</source>
            <translation>&lt;b&gt;Dette skrives:&lt;/b&gt; {subscriptions} abonnement(er), {seats} lisens(er), {holders} bruker(e). Én planperiode av dem koster {costs}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&lt;b&gt;{kind}&lt;/b&gt; · {count} columns · {how}</source>
            <translation>&lt;b&gt;{kind}&lt;/b&gt; · {count} kolonner · {how}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;{n} rows read:&lt;/b&gt; every one can be imported.</source>
            <translation>
                <numerusform>&lt;b&gt;{n} rad lest:&lt;/b&gt; den kan importeres.</numerusform>
                <numerusform>&lt;b&gt;{n} rader lest:&lt;/b&gt; alle kan importeres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;{people} people read:&lt;/b&gt; {added} to add, {updated} to update, {left} to mark as left on {day}, {back} active again; {missing} seat holder(s) are not in the file (they are kept).</source>
            <translation>&lt;b&gt;{people} personer lest:&lt;/b&gt; {added} legges til, {updated} oppdateres, {left} merkes som sluttet den {day}, {back} er aktive igjen; {missing} bruker(e) med lisens er ikke i filen (de beholdes).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;{total} rows read:&lt;/b&gt; {good_rows} can be imported, {bad_rows} cannot ({count} problems, listed below).</source>
            <translation>&lt;b&gt;{total} rader lest:&lt;/b&gt; {good_rows} kan importeres, {bad_rows} kan ikke ({count} problemer, listet opp nedenfor).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;&lt;b&gt;Imported {imported} row(s).&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Subscriptions: {subscriptions_added} added, {subscriptions_updated} updated&lt;/li&gt;&lt;li&gt;Seats: {seats_added} added, {seats_updated} updated&lt;/li&gt;&lt;li&gt;People: {people_added} added&lt;/li&gt;&lt;li&gt;Devices: {devices_added} added, {devices_updated} updated&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Importerte {imported} rad(er).&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Abonnementer: {subscriptions_added} lagt til, {subscriptions_updated} oppdatert&lt;/li&gt;&lt;li&gt;Lisenser: {seats_added} lagt til, {seats_updated} oppdatert&lt;/li&gt;&lt;li&gt;Personer: {people_added} lagt til&lt;/li&gt;&lt;li&gt;Enheter: {devices_added} lagt til, {devices_updated} oppdatert&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;&lt;b&gt;Synced the directory ({people} people).&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;{added} added, {updated} updated&lt;/li&gt;&lt;li&gt;{left} marked as left, {back} active again&lt;/li&gt;&lt;li&gt;{missing} seat holder(s) not in the file, kept&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Katalogen er synkronisert ({people} personer).&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;{added} lagt til, {updated} oppdatert&lt;/li&gt;&lt;li&gt;{left} merket som sluttet, {back} aktive igjen&lt;/li&gt;&lt;li&gt;{missing} bruker(e) med lisens ikke i filen, beholdt&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) stored in the keyring.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;{n} produktnøkkel lagret i nøkkelringen.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;{n} produktnøkler lagret i nøkkelringen.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) were not kept: no keyring is available.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;{n} produktnøkkel ble ikke tatt vare på: Ingen nøkkelring er tilgjengelig.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;{n} produktnøkler ble ikke tatt vare på: Ingen nøkkelring er tilgjengelig.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{rejected} rejected row(s) saved to {rejects_file}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;{rejected} avvist(e) rad(er) lagret i {rejects_file}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A Seatkeeper roster file is imported whole or not at all; fix the problems above and choose the file again.</source>
            <translation>En lisensregisterfil fra Seatkeeper importeres i sin helhet eller ikke i det hele tatt; rett problemene ovenfor og velg filen på nytt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A Seatkeeper roster with {n} items</source>
            <translation>
                <numerusform>Et Seatkeeper-lisensregister med {n} element</numerusform>
                <numerusform>Et Seatkeeper-lisensregister med {n} elementer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A directory file is synced whole or not at all, so that nobody it holds is listed as missing; fix the problems above and choose the file again.</source>
            <translation>En katalogfil synkroniseres i sin helhet eller ikke i det hele tatt, slik at ingen som står i den, blir oppført som manglende; rett problemene ovenfor og velg filen på nytt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A dry run: every row was read and checked; nothing has been written yet.</source>
            <translation>En prøvekjøring: Alle radene er lest og kontrollert; ingenting er skrevet ennå.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A dry run: the check stopped; nothing has been written.</source>
            <translation>En prøvekjøring: Kontrollen stoppet; ingenting er skrevet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A dry run: the rows are being read and checked; nothing is written.</source>
            <translation>En prøvekjøring: Radene leses og kontrolleres; ingenting skrives.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>A vendor portal's CSV or Excel export, Snipe-IT's licence CSV, or a Seatkeeper roster (JSON). Nothing is written until you have seen the preview.</source>
            <translation>En CSV- eller Excel-eksport fra en leverandørportal, lisens-CSV fra Snipe-IT eller et Seatkeeper-lisensregister (JSON). Ingenting skrives før du har sett forhåndsvisningen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>A workbook: its numbers and dates are read as typed.</source>
            <translation>En arbeidsbok: Tall og datoer leses slik de er skrevet inn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Account owner</source>
            <translation>Kontoeier</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Account owner e-mail, for rows that name none:</source>
            <translation>Kontoeierens e-post, for rader som ikke oppgir noen:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Active again</source>
            <translation>Aktiv igjen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Added</source>
            <translation>Lagt til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Amounts and dates are written as in:</source>
            <translation>Beløp og datoer er skrevet som i:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Billing channel</source>
            <translation>Faktureringskanal</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>CSV roster</source>
            <translation>Lisensregister i CSV</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>CSV/XLSX roster</source>
            <translation>Lisensregister i CSV/XLSX</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Cancelling… the changes are being rolled back.</source>
            <translation>Avbryter… endringene rulles tilbake.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Change</source>
            <translation>Endring</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Changes</source>
            <translation>Endringer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Changes ({n})</source>
            <translation>
                <numerusform>Endring ({n})</numerusform>
                <numerusform>Endringer ({n})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Check the rows</source>
            <translation>Kontroller radene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Checking every row…</source>
            <translation>Kontrollerer alle radene…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Checking every row… {done} of about {total}</source>
            <translation>Kontrollerer hver rad … {done} av omtrent {total}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Checking every row… {done} so far</source>
            <translation>Kontrollerer hver rad … {done} så langt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose a file to go on.</source>
            <translation>Velg en fil for å gå videre.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose the column for “{missing}” (marked *) to go on.</source>
            <translation>Velg kolonnen for «{missing}» (merket *) for å gå videre.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose the file to import</source>
            <translation>Velg filen som skal importeres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Choose where to save the rejected rows.</source>
            <translation>Velg hvor de avviste radene skal lagres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Column</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Cost centre</source>
            <translation>Kostnadssted</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Department</source>
            <translation>Avdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Detect from the file</source>
            <translation>Finn ut fra filen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Device</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Device ID</source>
            <translation>Enhets-ID</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Device platform</source>
            <translation>Enhetens plattform</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Device region</source>
            <translation>Enhetens region</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Devices per seat</source>
            <translation>Enheter per lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Directory (people): CSV</source>
            <translation>Katalog (personer): CSV</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Directory (people): CSV with name, e-mail, department, status</source>
            <translation>Katalog (personer): CSV med navn, e-post, avdeling, status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Directory (people): Entra ID users</source>
            <translation>Katalog (personer): Entra ID-brukere</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Directory (people): Entra ID “Download users” CSV</source>
            <translation>Katalog (personer): CSV fra «Download users» i Entra ID</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Directory (people): Google Workspace user download CSV</source>
            <translation>Katalog (personer): CSV-nedlasting av brukere fra Google Workspace</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Directory (people): Google Workspace users</source>
            <translation>Katalog (personer): Google Workspace-brukere</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Directory id</source>
            <translation>Katalog-ID</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Every row is good: all of them will be written in one step. This is the last step before the roster changes.</source>
            <translation>Alle radene er i orden: Alle skrives i ett trinn. Dette er siste trinn før lisensregisteret endres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Excel workbook (XLSX)</source>
            <translation>Excel-arbeidsbok (XLSX)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Expiration date</source>
            <translation>Utløpsdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>File for the rejected rows</source>
            <translation>Fil for de avviste radene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>First name</source>
            <translation>Fornavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Full name</source>
            <translation>Fullt navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Give the account owner's e-mail address to go on: the file does not name one.</source>
            <translation>Oppgi e-postadressen til kontoeieren for å fortsette: Filen oppgir ingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Guessed from the column names; check the ones marked “not imported”.</source>
            <translation>Gjettet ut fra kolonnenavnene; kontroller de som er merket «importeres ikke».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Holder</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Holder e-mail</source>
            <translation>Brukerens e-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>How to import</source>
            <translation>Hvordan importere</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_wizard.py" />
            <source>Import a roster file</source>
            <translation>Importer en lisensregisterfil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Import finished</source>
            <translation>Importen er fullført</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Import the &amp;good rows and save the rejected rows to a file</source>
            <translation>Importer radene som er i &amp;orden, og lagre de avviste radene i en fil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Importing</source>
            <translation>Importerer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Item name</source>
            <translation>Elementnavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Kind</source>
            <translation>Abonnementstype</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Last name</source>
            <translation>Etternavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Licensed to e-mail</source>
            <translation>Lisensiert til (e-post)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Licensed to name</source>
            <translation>Lisensiert til (navn)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Maintained</source>
            <translation>Vedlikeholdt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Manufacturer</source>
            <translation>Produsent</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Marked as left</source>
            <translation>Merket som sluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Match the columns</source>
            <translation>Koble kolonnene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Monthly price per seat</source>
            <translation>Månedlig pris per lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Ne&amp;xt ›</source>
            <translation>Nes&amp;te ›</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>No row can be imported. Check the column matches (Back) or the file.</source>
            <translation>Ingen rader kan importeres. Kontroller koblingen av kolonner (Tilbake) eller filen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Not in the file (kept)</source>
            <translation>Ikke i filen (beholdt)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Notes</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Nothing was imported</source>
            <translation>Ingenting ble importert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Notice period (days)</source>
            <translation>Oppsigelsestid (dager)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Order number</source>
            <translation>Ordrenummer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Path to a .csv, .xlsx or .json file</source>
            <translation>Bane til en .csv-, .xlsx- eller .json-fil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>People the sync changes</source>
            <translation>Personer som synkroniseringen endrer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Period start</source>
            <translation>Periodestart</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Plan length (months)</source>
            <translation>Planlengde (måneder)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Price as stated</source>
            <translation>Pris som oppgitt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Price buys</source>
            <translation>Prisen gjelder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Price covers (months)</source>
            <translation>Prisen dekker (måneder)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Problems</source>
            <translation>Problemer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Problems ({n})</source>
            <translation>
                <numerusform>Problem ({n})</numerusform>
                <numerusform>Problemer ({n})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Problems {first}–{last} of {n}</source>
            <translation>
                <numerusform>Problem {first}–{last} av {n}</numerusform>
                <numerusform>Problemer {first}–{last} av {n}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Purchase cost</source>
            <translation>Innkjøpspris</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Purchase date</source>
            <translation>Kjøpsdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Purchase order</source>
            <translation>Innkjøpsordre</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Read as {encoding} ({how}); its first lines:</source>
            <translation>Lest som {encoding} ({how}); de første linjene:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Reading the column names…</source>
            <translation>Leser kolonnenavnene…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Reassignable</source>
            <translation>Kan tildeles på nytt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Renewal date</source>
            <translation>Fornyelsesdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>Renews</source>
            <translation>Fornyes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Renews automatically</source>
            <translation>Fornyes automatisk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Roster files (*.csv *.xlsx *.xlsm *.ods *.json);;All files (*)</source>
            <translation>Lisensregisterfiler (*.csv *.xlsx *.xlsm *.ods *.json);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows read from the file</source>
            <translation>Rader lest fra filen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows that cannot be imported</source>
            <translation>Rader som ikke kan importeres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows to import</source>
            <translation>Rader å importere</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows to import ({n})</source>
            <translation>
                <numerusform>Rad å importere ({n})</numerusform>
                <numerusform>Rader å importere ({n})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Save the rejected rows</source>
            <translation>Lagre de avviste radene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Save the rejected rows to a different file than the one imported.</source>
            <translation>Lagre de avviste radene i en annen fil enn den som importeres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>Seat</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Seat ID</source>
            <translation>Lisens-ID</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Seat renews</source>
            <translation>Lisensen fornyes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Seatkeeper roster (JSON)</source>
            <translation>Seatkeeper-lisensregister (JSON)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Seats</source>
            <translation>Lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Sign-in name</source>
            <translation>Påloggingsnavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Snipe-IT licence CSV</source>
            <translation>Lisens-CSV fra Snipe-IT</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Subscription ID</source>
            <translation>Abonnements-ID</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Supplier</source>
            <translation>Forhandler</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>The check stopped on an unexpected problem.</source>
            <translation>Kontrollen stoppet på grunn av et uventet problem.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>The file cannot be imported: {error}</source>
            <translation>Filen kan ikke importeres: {error}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>The file holds nobody.</source>
            <translation>Filen inneholder ingen personer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>The first {shown} of the {n} rows are shown here; all of them are imported.</source>
            <translation>
                <numerusform>Her vises de første {shown} av {n} rad; alle importeres.</numerusform>
                <numerusform>Her vises de første {shown} av de {n} radene; alle importeres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>The folder for the rejected rows does not exist.</source>
            <translation>Mappen for de avviste radene finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>The rows are written in one transaction: all of them, or none.</source>
            <translation>Radene skrives i én transaksjon: alle eller ingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>There is no file at that path.</source>
            <translation>Det finnes ingen fil med den banen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>This file cannot be read: {error}</source>
            <translation>Denne filen kan ikke leses: {error}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Updated</source>
            <translation>Oppdatert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Username</source>
            <translation>Brukernavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Using the mapping you chose last time for these columns.</source>
            <translation>Bruker koblingen du valgte sist for disse kolonnene.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Value</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>What happens to rows that cannot be imported. Nothing is written before you press Import.</source>
            <translation>Hva som skjer med rader som ikke kan importeres. Ingenting skrives før du velger Importer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Which column of the file holds each field. Seatkeeper guessed from the column names; your choices are remembered for files with the same columns.</source>
            <translation>Hvilken kolonne i filen som inneholder hvert felt. Seatkeeper har gjettet ut fra kolonnenavnene; valgene dine huskes for filer med de samme kolonnene.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Why it cannot be imported</source>
            <translation>Hvorfor den ikke kan importeres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Writing the rows in one transaction… Cancel leaves the roster as it was.</source>
            <translation>Skriver radene i én transaksjon… Avbryt lar lisensregisteret være som før.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>as you chose</source>
            <translation>som du valgte</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>detected</source>
            <translation>funnet automatisk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>it@example.com</source>
            <translation>it@example.com</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>nothing</source>
            <translation>ingenting</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>unexpected error</source>
            <translation>uventet feil</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>{amount} a seat for {n} month(s)</source>
            <translation>
                <numerusform>{amount} per lisens for {n} måned</numerusform>
                <numerusform>{amount} per lisens for {n} måneder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>{amount} for all {seats} seats, {n} month(s)</source>
            <translation>
                <numerusform>{amount} totalt for {seats} lisens(er), {n} måned</numerusform>
                <numerusform>{amount} totalt for {seats} lisens(er), {n} måneder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} assignment(s)</source>
            <translation>
                <numerusform>{n} tildeling</numerusform>
                <numerusform>{n} tildelinger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} deliver(y/ies)</source>
            <translation>
                <numerusform>{n} levering</numerusform>
                <numerusform>{n} leveringer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} device connection(s)</source>
            <translation>
                <numerusform>{n} enhetstilkobling</numerusform>
                <numerusform>{n} enhetstilkoblinger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} device(s)</source>
            <translation>
                <numerusform>{n} enhet</numerusform>
                <numerusform>{n} enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>{n} new</source>
            <translation>
                <numerusform>{n} ny</numerusform>
                <numerusform>{n} nye</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} order(s)</source>
            <translation>
                <numerusform>{n} bestilling</numerusform>
                <numerusform>{n} bestillinger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} person(s)</source>
            <translation>
                <numerusform>{n} person</numerusform>
                <numerusform>{n} personer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>{n} row(s) cannot be imported. Choose what happens; either way, the rows are written in one step, and Cancel during the import leaves the roster as it was.</source>
            <translation>
                <numerusform>{n} rad kan ikke importeres. Velg hva som skal skje; radene skrives uansett i ett trinn, og Avbryt under importen lar lisensregisteret være som før.</numerusform>
                <numerusform>{n} rader kan ikke importeres. Velg hva som skal skje; radene skrives uansett i ett trinn, og Avbryt under importen lar lisensregisteret være som før.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} seat(s)</source>
            <translation>
                <numerusform>{n} lisens</numerusform>
                <numerusform>{n} lisenser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} secret(s)</source>
            <translation>
                <numerusform>{n} hemmelighet</numerusform>
                <numerusform>{n} hemmeligheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} subscription(s)</source>
            <translation>
                <numerusform>{n} abonnement</numerusform>
                <numerusform>{n} abonnementer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} vendor account(s)</source>
            <translation>
                <numerusform>{n} leverandørkonto</numerusform>
                <numerusform>{n} leverandørkontoer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>— not imported —</source>
            <translation>— importeres ikke —</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>‹ &amp;Previous</source>
            <translation>‹ F&amp;orrige</translation>
        </message>
    </context>
    <context>
        <name>LanguageActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/language.py" />
            <source>&amp;Language…</source>
            <translation>&amp;Språk…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/language.py" />
            <source>The new language is used from the next start.</source>
            <translation>Det nye språket brukes fra neste oppstart.</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>&amp;Language of the window:</source>
            <translation>&amp;Språk i vinduet:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>As the system ({language})</source>
            <translation>Som systemet ({language})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>Seatkeeper changes its language the next time it starts. Dates, numbers and amounts follow the language chosen.</source>
            <translation>Seatkeeper bytter språk neste gang programmet starter. Datoer, tall og beløp følger språket som er valgt.</translation>
        </message>
    </context>
    <context>
        <name>LeadTimesDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source> day before</source>
            <translation> dag før</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source> days before</source>
            <translation> dager før</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>&amp;First reminder</source>
            <translation>&amp;Første påminnelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>&amp;Second reminder</source>
            <translation>&amp;Andre påminnelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>Days before the deadline</source>
            <translation>Dager før fristen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>Reminder lead times</source>
            <translation>Varseltid for påminnelser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>Seatkeeper reminds you of each cancel-by, trial end, renewal and seat lapse this long before it, at launch and hourly while it runs. Reminders missed while it was closed come at the next launch.</source>
            <translation>Seatkeeper minner deg på hver frist for oppsigelse, slutt på prøveperiode, fornyelse og opphør av lisens så lenge i forveien, ved oppstart og hver time mens programmet kjører. Påminnelser du gikk glipp av mens programmet var lukket, kommer ved neste oppstart.</translation>
        </message>
    </context>
    <context>
        <name>LicenceTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Devices</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Holder</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Renewal date</source>
            <translation>Fornyelsesdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Renews</source>
            <translation>Fornyes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Seat</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Unassigned</source>
            <translation>Ikke tildelt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>{n} device(s) connected at once, of at most {limit}</source>
            <translation>
                <numerusform>{n} enhet tilkoblet samtidig, av høyst {limit}</numerusform>
                <numerusform>{n} enheter tilkoblet samtidig, av høyst {limit}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>{n} device(s) connected at once; the limit is not known</source>
            <translation>
                <numerusform>{n} enhet tilkoblet samtidig; grensen er ukjent</numerusform>
                <numerusform>{n} enheter tilkoblet samtidig; grensen er ukjent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LicencesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>1 seat</source>
            <translation>1 lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Changes (audit log)</source>
            <translation>Endringer (revisjonslogg)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Connected devices</source>
            <translation>Tilkoblede enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Devices connected</source>
            <translation>Enheter tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Filter by subscription, seat, holder or e-mail (Ctrl+F)</source>
            <translation>Filtrer på abonnement, lisens, bruker eller e-post (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Holder</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Never assigned.</source>
            <translation>Aldri tildelt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No change recorded for this seat.</source>
            <translation>Ingen endringer er registrert for denne lisensen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No device uses this seat.</source>
            <translation>Ingen enheter bruker denne lisensen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No — lapses at the renewal date</source>
            <translation>Nei — opphører på fornyelsesdatoen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>None stored for this seat.</source>
            <translation>Ingenting er lagret for denne lisensen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Owner (controls all seats)</source>
            <translation>Eier (styrer alle lisensene)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Renewal date</source>
            <translation>Fornyelsesdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Renews at next billing period</source>
            <translation>Fornyes ved neste fakturaperiode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Seat {licence_id}</source>
            <translation>Lisens {licence_id}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Select a seat to see its holder, history, devices and credentials.</source>
            <translation>Velg en lisens for å se bruker, historikk, enheter og påloggingsinformasjon.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Sign-in credentials (in the keyring)</source>
            <translation>Påloggingsinformasjon (i nøkkelringen)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Unassigned</source>
            <translation>Ikke tildelt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Who held this seat</source>
            <translation>Hvem som har hatt denne lisensen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>now</source>
            <translation>nå</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{count} seats</source>
            <translation>{count} lisenser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{n} (limit not known)</source>
            <translation>
                <numerusform>{n} (grense ukjent)</numerusform>
                <numerusform>{n} (grense ukjent)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{plan_months} months, billed in {currency}</source>
            <translation>{plan_months} måneder, fakturert i {currency}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Credentials unavailable</source>
            <translation>Påloggingsinformasjon utilgjengelig</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Keyring: {name}</source>
            <translation>Nøkkelring: {name}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>No secure keyring on this system, so seat credentials cannot be stored or shown. Everything else works.</source>
            <translation>Det finnes ingen sikker nøkkelring på dette systemet, så påloggingsinformasjon for lisenser kan ikke lagres eller vises. Alt annet virker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>No secure keyring was found on this system: seat credentials are unavailable. Everything else works.</source>
            <translation>Ingen sikker nøkkelring ble funnet på dette systemet: Påloggingsinformasjon for lisenser er utilgjengelig. Alt annet virker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Opening the roster…</source>
            <translation>Åpner lisensregisteret…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Screens</source>
            <translation>Skjermbilder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Seatkeeper — {roster}</source>
            <translation>Seatkeeper — {roster}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Seatkeeper — {roster} (read-only review)</source>
            <translation>Seatkeeper — {roster} (skrivebeskyttet gjennomgang)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>{screen} screen</source>
            <translation>Skjermbildet {screen}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>{screen}: details</source>
            <translation>{screen}: detaljer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>{subscriptions} · {seats} ({assigned} assigned) · {devices} · {pending}</source>
            <translation>{subscriptions} · {seats} ({assigned} tildelt) · {devices} · {pending}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;Seats</source>
            <translation>&amp;Lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>Open a roster first.</source>
            <translation>Åpne et lisensregister først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>S&amp;end</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>Se&amp;ttings</source>
            <translation>&amp;Innstillinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang; ingenting kan endres.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/seatkeeper/domain/bullets.py" />
            <source>- {item}</source>
            <comment>list.bullet</comment>
            <translation>- {item}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>--head takes the event and the start of its hash as a report prints them, e.g. 1234:9f86d081884c7d65, not “{text}”.</source>
            <comment>audit.verify.bad_head</comment>
            <translation>--head tar hendelsen og begynnelsen av hashverdien slik en rapport skriver dem ut, f.eks. 1234:9f86d081884c7d65, ikke «{text}».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>--monthly-price cannot be negative ({text}).</source>
            <comment>cli.price_negative</comment>
            <translation>--monthly-price kan ikke være negativ ({text}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>--monthly-price “{text}” is not an amount; write it like 12.95.</source>
            <comment>cli.price_not_an_amount</comment>
            <translation>--monthly-price «{text}» er ikke et beløp; skriv det som 12.95.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/transfer.py" />
            <source>--rejects is written by a real import, not a dry run.</source>
            <comment>cli.rejects_need_an_import</comment>
            <translation>--rejects skrives av en ekte import, ikke av en prøvekjøring.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/spend_commands.py" />
            <source>--{option}: “{text}” is not a date (YYYY-MM-DD).</source>
            <comment>cli.spend_not_a_date</comment>
            <translation>--{option}: «{text}» er ikke en dato (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/terms_commands.py" />
            <source>--{option}: “{text}” is not a whole number.</source>
            <comment>cli.terms_not_a_number</comment>
            <translation>--{option}: «{text}» er ikke et heltall.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/exports.py" />
            <source>A PDF needs the window's PDF writer, which is not loaded here; export the report as HTML instead.</source>
            <comment>transfer.no_pdf_writer</comment>
            <translation>En PDF trenger PDF-skriveren i vinduet, og den er ikke lastet her; eksporter rapporten som HTML i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>A billing period is between 1 and 120 months.</source>
            <comment>terms.plan_out_of_range</comment>
            <translation>En fakturaperiode er på mellom 1 og 120 måneder.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>A delivery can take up to 24 hours. It shows as pending until it is confirmed delivered, and as overdue after 24 hours.</source>
            <comment>delivery.window_note</comment>
            <translation>En levering kan ta opptil 24 timer. Den vises som ventende til den er bekreftet levert, og som forsinket etter 24 timer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>A device limit is between 1 and {most}.</source>
            <comment>terms.devices_out_of_range</comment>
            <translation>En enhetsgrense er mellom 1 og {most}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>A download link for this subscription cannot be sent:
{reasons}</source>
            <comment>send.link_refused</comment>
            <translation>En nedlastingslenke for dette abonnementet kan ikke sendes:
{reasons}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A new plan can be started only when every seat has been cancelled; {active} seat(s) are still active.</source>
            <comment>volume.seats_still_active</comment>
            <translation>En ny plan kan bare startes når alle lisensene er kansellert; {active} lisens(er) er fortsatt aktive.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>A note can be at most 1000 characters.</source>
            <comment>review.note_too_long</comment>
            <translation>En merknad kan være på høyst 1000 tegn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>A notice period is between 0 and {most} days.</source>
            <comment>terms.notice_out_of_range</comment>
            <translation>En oppsigelsestid er mellom 0 og {most} dager.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>A period can be at most ten years long.</source>
            <comment>spend.period_too_long</comment>
            <translation>En periode kan være på høyst ti år.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>A plan lasts at least one month.</source>
            <comment>app_store.plan_too_short</comment>
            <translation>En plan varer minst én måned.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/price.py" />
            <source>A price cannot be negative ({amount}).</source>
            <comment>price.negative</comment>
            <translation>En pris kan ikke være negativ ({amount}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/price.py" />
            <source>A price covers 1 to {most} months, not {months}.</source>
            <comment>price.bad_months</comment>
            <translation>En pris dekker 1 til {most} måneder, ikke {months}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rates.py" />
            <source>A rate converts between two currencies, not {currency} to itself.</source>
            <comment>rates.same_currency</comment>
            <translation>En kurs omregner mellom to valutaer, ikke {currency} til seg selv.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>A region is a two-letter country code.</source>
            <comment>import.bad_region</comment>
            <translation>En region er en landkode på to bokstaver.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>A reminder cannot come after its deadline.</source>
            <comment>deadlines.reminder_after_deadline</comment>
            <translation>En påminnelse kan ikke komme etter fristen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A seat holder needs a name.</source>
            <comment>volume.holder_needs_name</comment>
            <translation>En bruker av en lisens må ha et navn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/people.py" />
            <source>A seat holder needs an e-mail address (VL-11).</source>
            <comment>import.no_holder_email</comment>
            <translation>En bruker av en lisens må ha en e-postadresse (VL-11).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>A seat id is between 1 and {most} characters.</source>
            <comment>seat.bad_licence_id</comment>
            <translation>En lisens-ID er på mellom 1 og {most} tegn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminders.py" />
            <source>A snooze must end in the future.</source>
            <comment>reminders.snooze_in_past</comment>
            <translation>En utsettelse må slutte i fremtiden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>A trial or in-app purchase cannot start yet:
{problems}</source>
            <comment>app_store.trial_cannot_start</comment>
            <translation>En prøveperiode eller et kjøp i appen kan ikke starte ennå:
{problems}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume licence can be requested only for an existing vendor account; create or buy the account first.</source>
            <comment>volume.account_needed</comment>
            <translation>Volumlisenser kan bare bestilles for en eksisterende leverandørkonto; opprett eller kjøp kontoen først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume purchase that is {current} cannot become {wanted}: it goes requested -&gt; approved -&gt; completed, and only an approved request can be completed.</source>
            <comment>volume.order_step</comment>
            <translation>Et volumkjøp med status {current} kan ikke få status {wanted}: Det går fra forespurt -&gt; godkjent -&gt; fullført, og bare en godkjent forespørsel kan fullføres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume subscription cannot be downgraded to a regular subscription.</source>
            <comment>volume.no_downgrade</comment>
            <translation>Et volumlisensabonnement kan ikke nedgraderes til et vanlig abonnement.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Active</source>
            <comment>seat.status.active</comment>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>Active</source>
            <comment>subscription.status.active</comment>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>Active, lapses {on}</source>
            <comment>subscription.status.lapses</comment>
            <translation>Aktiv, opphører {on}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>After decisions</source>
            <comment>report.after</comment>
            <translation>Etter beslutningene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>All seats of a volume subscription renew together on {renewal}; seats that should renew on {seat} need a separate volume subscription.</source>
            <comment>volume.one_renewal_date</comment>
            <translation>Alle lisensene i et volumlisensabonnement fornyes sammen den {renewal}; lisenser som skal fornyes den {seat}, trenger et eget volumlisensabonnement.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>An App Store subscription is billed in the local currency of the store; enter that currency (e.g. NOK).</source>
            <comment>app_store.local_currency_needed</comment>
            <translation>Et App Store-abonnement faktureres i butikkens lokale valuta; oppgi den valutaen (f.eks. NOK).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>Another delivery to this device is still pending.</source>
            <comment>send.delivery_pending</comment>
            <translation>En annen levering til denne enheten venter fortsatt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Another seat of this subscription is already called {licence_id}.</source>
            <comment>seat.licence_id_taken</comment>
            <translation>En annen lisens i dette abonnementet heter allerede {licence_id}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Applied</source>
            <comment>report.applied</comment>
            <translation>Utført</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Asked {email}; no answer by {reply_by}</source>
            <comment>review.detail.holder_not_answered</comment>
            <translation>Spurte {email}; intet svar innen {reply_by}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Assigned seats</source>
            <comment>report.assigned_seats</comment>
            <translation>Tildelte lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>At most {limit} devices can be connected on one seat at once (virtual machines count); disconnect one first.</source>
            <comment>volume.too_many_connected</comment>
            <translation>Høyst {limit} enheter kan være tilkoblet én lisens samtidig (virtuelle maskiner teller med); koble fra en først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>At most {most} characters.</source>
            <comment>people.too_long</comment>
            <translation>Høyst {most} tegn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Before decisions</source>
            <comment>report.before</comment>
            <translation>Før beslutningene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Before decisions: {before}; after: {after}.</source>
            <comment>report.before_after</comment>
            <translation>Før beslutningene: {before}; etter: {after}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Cancel by {deadline} (before the {what})</source>
            <comment>review.detail.cancel_by</comment>
            <translation>Kanseller innen {deadline} (før {what})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Cancel by {deadline} (in the App Store, {notice} before the {what})</source>
            <comment>review.detail.cancel_by_store</comment>
            <translation>Kanseller innen {deadline} (i App Store, {notice} før {what})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Cancel by {deadline} ({notice} before the {what})</source>
            <comment>review.detail.cancel_by_notice</comment>
            <translation>Kanseller innen {deadline} ({notice} før {what})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Cancel-by deadline soon</source>
            <comment>review.kind.cancel_by_soon</comment>
            <translation>Frist for oppsigelse nærmer seg</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Cancelled</source>
            <comment>seat.status.cancelled</comment>
            <translation>Kansellert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Cancelled, active until {until}</source>
            <comment>seat.status.cancelled_until</comment>
            <translation>Kansellert, aktiv til {until}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>Cancelled, usable until {until}</source>
            <comment>subscription.status.cancelled</comment>
            <translation>Kansellert, kan brukes til {until}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>Cannot combine {one} and {other} amounts.</source>
            <comment>money.mixed_currencies</comment>
            <translation>Beløp i {one} og {other} kan ikke kombineres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Change</source>
            <comment>report.change</comment>
            <translation>Endring</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Charged if nothing is done: {amount}</source>
            <comment>remind.digest_charge</comment>
            <translation>Belastes hvis ingenting gjøres: {amount}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Charges in the next 12 months ({currency})</source>
            <comment>report.forecast</comment>
            <translation>Belastninger de neste 12 månedene ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>Choose at least one device to send the subscription to.</source>
            <comment>delivery.no_device_chosen</comment>
            <translation>Velg minst én enhet å sende abonnementet til.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deadlines.py" />
            <source>Choose between 0 and {most} days ahead.</source>
            <comment>deadlines.days_out_of_range</comment>
            <translation>Velg mellom 0 og {most} dager fremover.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>Choose the card brand from the list: {brands}.</source>
            <comment>cards.unknown_brand</comment>
            <translation>Velg kortmerket fra listen: {brands}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminders.py" />
            <source>Choose the date to remind again.</source>
            <comment>reminders.snooze_needs_date</comment>
            <translation>Velg datoen for neste påminnelse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Copying {item} replaces whatever is on the clipboard now. Make sure the clipboard holds nothing you still need.</source>
            <comment>delivery.clipboard_replaced</comment>
            <translation>Når du kopierer {item}, erstattes det som ligger på utklippstavlen nå. Kontroller at utklippstavlen ikke inneholder noe du fortsatt trenger.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Count</source>
            <comment>report.count</comment>
            <translation>Antall</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Currency</source>
            <comment>report.currency</comment>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Decided against in review (saved)</source>
            <comment>report.decided_against</comment>
            <translation>Avvist i gjennomgangen (spart)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Decision</source>
            <comment>report.decision</comment>
            <translation>Beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Decisions</source>
            <comment>report.decisions</comment>
            <translation>Beslutninger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Decisions recorded</source>
            <comment>report.decisions_recorded</comment>
            <translation>Registrerte beslutninger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Delivery pending for over 24 hours</source>
            <comment>review.kind.delivery_pending_over_24h</comment>
            <translation>Levering har ventet i over 24 timer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Desktop notification not shown: {reason} The reminders stay open and the next run tries again.</source>
            <comment>remind.notify_failed</comment>
            <translation>Skrivebordsvarselet ble ikke vist: {reason} Påminnelsene forblir åpne, og neste kjøring prøver igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Detail</source>
            <comment>report.detail</comment>
            <translation>Detalj</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Device of someone who left still connected</source>
            <comment>review.kind.leaver_device_connected</comment>
            <translation>Enhet til en som har sluttet, er fortsatt tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Devices</source>
            <comment>report.devices</comment>
            <translation>Enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Dismiss</source>
            <translation>Avvis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Do not renew</source>
            <comment>report.decision.do_not_renew</comment>
            <translation>Ikke forny</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/holder_asks.py" />
            <source>Do you still need {subscription}?</source>
            <comment>ask.subject</comment>
            <translation>Trenger du fortsatt {subscription}?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Download the app for {name}</source>
            <comment>mail.link_subject</comment>
            <translation>Last ned appen for {name}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Due: {when} ({left} left)</source>
            <comment>remind.digest_due</comment>
            <translation>Forfaller: {when} ({left} igjen)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>E-mail digest not sent: no SMTP server is configured (Settings → SMTP or `seatkeeper smtp set`). The reminders stay open.</source>
            <comment>remind.no_smtp</comment>
            <translation>E-postsammendraget ble ikke sendt: Ingen SMTP-server er konfigurert (Innstillinger → E-post (SMTP) eller `seatkeeper smtp set`). Påminnelsene forblir åpne.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>E-mail digest not sent: no usable keyring holds the SMTP password. The reminders stay open.</source>
            <comment>remind.no_keyring</comment>
            <translation>E-postsammendraget ble ikke sendt: Ingen brukbar nøkkelring inneholder SMTP-passordet. Påminnelsene forblir åpne.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>E-mail digest not sent: {reason} The reminders stay open and the next run tries again.</source>
            <comment>remind.mail_failed</comment>
            <translation>E-postsammendraget ble ikke sendt: {reason} Påminnelsene forblir åpne, og neste kjøring prøver igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminders.py" />
            <source>Each reminder comes between 0 and 366 days before its deadline.</source>
            <comment>reminders.lead_out_of_range</comment>
            <translation>Hver påminnelse kommer mellom 0 og 366 dager før fristen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Each reminder stays open in Seatkeeper (Reminders) until you handle it.</source>
            <comment>remind.digest_footer</comment>
            <translation>Hver påminnelse forblir åpen i Seatkeeper (Påminnelser) til du har behandlet den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>Enter exactly the last four digits of the card (four digits, 0-9).</source>
            <comment>cards.not_last_four</comment>
            <translation>Oppgi nøyaktig de fire siste sifrene på kortet (fire sifre, 0–9).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>Enter the mail server's host name, e.g. smtp.example.com.</source>
            <comment>mail.settings.no_host</comment>
            <translation>Oppgi vertsnavnet til e-postserveren, f.eks. smtp.example.com.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>Enter the password for “{user}” on {host}.</source>
            <comment>mail.settings.no_password</comment>
            <translation>Oppgi passordet for «{user}» på {host}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/credentials.py" />
            <source>Enter the password the vendor assigned to this seat.</source>
            <comment>credentials.no_password</comment>
            <translation>Oppgi passordet leverandøren har tildelt denne lisensen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>Enter the reviewer's name to sign off.</source>
            <comment>review.no_reviewer</comment>
            <translation>Oppgi navnet på den som godkjenner gjennomgangen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/credentials.py" />
            <source>Enter the user name the vendor assigned to this seat.</source>
            <comment>credentials.no_username</comment>
            <translation>Oppgi brukernavnet leverandøren har tildelt denne lisensen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>Event {event}: the append-only protection had been dropped and was put back on {at}.</source>
            <comment>audit.restored_before</comment>
            <translation>Hendelse {event}: Beskyttelsen mot endring og sletting var fjernet og ble gjenopprettet den {at}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>Every licence needs its item name.</source>
            <comment>import.snipeit.no_item_name</comment>
            <translation>Hver lisens må ha et elementnavn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>Every row needs the subscription's name.</source>
            <comment>import.no_subscription</comment>
            <translation>Hver rad må ha navnet på abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Expired</source>
            <comment>seat.status.expired</comment>
            <translation>Utløpt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>Expired</source>
            <comment>subscription.status.expired</comment>
            <translation>Utløpt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Expired subscription still assigned</source>
            <comment>review.kind.expired_still_assigned</comment>
            <translation>Utløpt abonnement er fortsatt tildelt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Finding</source>
            <comment>report.finding</comment>
            <translation>Funn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Finding details</source>
            <comment>report.finding_details</comment>
            <translation>Detaljer om funnene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Findings</source>
            <comment>report.findings</comment>
            <translation>Funn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Finishing may need a step on the device you sent the subscription from: if its app shows a message about this delivery, open the app there and follow its instructions.</source>
            <comment>delivery.hint_device_send</comment>
            <translation>Du må kanskje fullføre leveringen på enheten du sendte abonnementet fra: Hvis appen der viser en melding om denne leveringen, åpner du appen der og følger instruksjonene.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Free trial of {name} ends</source>
            <comment>deadlines.trial_ends</comment>
            <translation>Gratis prøveperiode for {name} slutter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Free trial of {name} ends and is charged</source>
            <comment>deadlines.trial_ends_charged</comment>
            <translation>Gratis prøveperiode for {name} slutter, og abonnementet blir belastet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Free trial of {name} ends and the 12-month price is charged</source>
            <comment>deadlines.trial_ends_store</comment>
            <translation>Gratis prøveperiode for {name} slutter, og 12-månedersprisen blir belastet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Held by {email}, who left on {left_on}</source>
            <comment>review.detail.seat_held_by_leaver</comment>
            <translation>Tildelt {email}, som sluttet den {left_on}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/holder_asks.py" />
            <source>Hello {name},

You hold a seat of {subscription} ({seat}). It renews and is paid for again on {renewal}.

Do you still need it? Please answer this message by {reply_by} with “keep” or “release”.

If there is no answer by then, the seat is reviewed without you.

Thank you,
{sender}
</source>
            <comment>ask.body_on_renewal</comment>
            <translation>Hei {name},

Du har en lisens for {subscription} ({seat}). Den fornyes og betales på nytt den {renewal}.

Trenger du den fortsatt? Svar på denne meldingen innen {reply_by} med «behold» eller «frigi».

Hvis det ikke har kommet noe svar innen da, blir lisensen vurdert uten ditt svar.

Takk for hjelpen!
{sender}
</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/holder_asks.py" />
            <source>Hello {name},

You hold a seat of {subscription} ({seat}). It renews on {renewal} and is paid for again unless it is cancelled by {deadline}.

Do you still need it? Please answer this message by {reply_by} with “keep” or “release”.

If there is no answer by then, the seat is reviewed without you.

Thank you,
{sender}
</source>
            <comment>ask.body</comment>
            <translation>Hei {name},

Du har en lisens for {subscription} ({seat}). Den fornyes den {renewal} og betales på nytt med mindre den sies opp innen {deadline}.

Trenger du den fortsatt? Svar på denne meldingen innen {reply_by} med «behold» eller «frigi».

Hvis det ikke har kommet noe svar innen da, blir lisensen vurdert uten ditt svar.

Takk for hjelpen!
{sender}
</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Hello,

Use this link to download and install the app for {platform}, included in the subscription “{name}”:

{link}

Open this e-mail on the device where you will use the subscription and follow the instructions after installing.

This message holds no password or activation code.
</source>
            <comment>mail.link_body</comment>
            <translation>Hei,

Bruk denne lenken til å laste ned og installere appen for {platform}, som er inkludert i abonnementet «{name}»:

{link}

Åpne denne e-posten på enheten der du skal bruke abonnementet, og følg instruksjonene etter installasjonen.

Denne meldingen inneholder verken passord eller aktiveringskode.
</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Holder</source>
            <comment>report.holder</comment>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Holder asked, no answer by the reply-by date</source>
            <comment>review.kind.holder_not_answered</comment>
            <translation>Brukeren er spurt, men har ikke svart innen svarfristen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Holder not in the directory</source>
            <comment>review.kind.holder_not_in_directory</comment>
            <translation>Brukeren finnes ikke i katalogen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It expires on {expires}, sooner than the subscription the device uses now (until {current}).</source>
            <comment>send.expires_sooner</comment>
            <translation>Det utløper den {expires}, tidligere enn abonnementet enheten bruker nå (til {current}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It has no free slot left (devices or users) under its limit.</source>
            <comment>send.no_free_slot</comment>
            <translation>Det har ingen ledige plasser igjen (enheter eller brukere) innenfor grensen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a per-user service: it activates itself when the user connects to the account, so it is not sent.</source>
            <comment>send.per_user_service</comment>
            <translation>Det er en tjeneste per bruker: Den aktiveres av seg selv når brukeren kobler til kontoen, så den sendes ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a small-office business subscription: only its subscription administrator can send it, from its management console.</source>
            <comment>send.admin_console_only</comment>
            <translation>Det er et bedriftsabonnement for små kontorer: Bare abonnementsadministratoren kan sende det, fra administrasjonskonsollen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a {kind} subscription; trial and free subscriptions cannot be sent.</source>
            <comment>send.trial_or_free</comment>
            <translation>Det er et abonnement av typen {kind}; prøve- og gratisabonnementer kan ikke sendes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is limited (in time or number of devices), and the device uses an auto-renewing subscription.</source>
            <comment>send.limited_while_autorenew_in_use</comment>
            <translation>Det er begrenset (i tid eller antall enheter), og enheten bruker et abonnement med automatisk fornyelse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It needs app version {required} or later; the device has {installed}.</source>
            <comment>send.app_version_too_old</comment>
            <translation>Det krever appversjon {required} eller nyere; enheten har {installed}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It renews automatically, and the device uses an active subscription limited in time or number of devices.</source>
            <comment>send.autorenew_while_limited_in_use</comment>
            <translation>Det har automatisk fornyelse, og enheten bruker et aktivt abonnement som er begrenset i tid eller antall enheter.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>Its activation code is {state}.</source>
            <comment>send.activation_code_invalid</comment>
            <translation>Aktiveringskoden har status {state}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>Its minimum app version “{required}” cannot be read, so it cannot be shown to be compatible with the device.</source>
            <comment>send.min_version_unreadable</comment>
            <translation>Minste appversjon, «{required}», kan ikke leses, så det kan ikke fastslås at abonnementet er kompatibelt med enheten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Keep</source>
            <comment>report.decision.keep</comment>
            <translation>Behold</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Lapses (not charged)</source>
            <comment>report.lapses</comment>
            <translation>Opphører (belastes ikke)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Lapses {on}</source>
            <comment>seat.status.lapses</comment>
            <translation>Opphører {on}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Last moment to cancel {name} in the App Store without being charged</source>
            <comment>deadlines.last_cancel_store</comment>
            <translation>Siste frist for å avbryte {name} i App Store uten å bli belastet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Last moment to cancel {name} without being charged ({notice} notice)</source>
            <comment>deadlines.last_cancel_notice</comment>
            <translation>Siste frist for å kansellere {name} uten å bli belastet ({notice} oppsigelsestid)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Licence roster review</source>
            <comment>report.title</comment>
            <translation>Gjennomgang av lisensregisteret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>Line {line} of the rate file cannot be read: {problem}</source>
            <comment>rates.file_bad_row</comment>
            <translation>Linje {line} i kursfilen kan ikke leses: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Month (from)</source>
            <comment>report.month</comment>
            <translation>Måned (fra)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Next renewal cost</source>
            <comment>report.next_renewal</comment>
            <translation>Kostnad ved neste fornyelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/send.py" />
            <source>No SMTP server is configured. Set one with `seatkeeper smtp set` or in Settings, or send the link from your mail client.</source>
            <comment>cli.smtp_not_configured</comment>
            <translation>Ingen SMTP-server er konfigurert. Angi en med `seatkeeper smtp set` eller i Innstillinger, eller send lenken fra e-postprogrammet ditt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>No SMTP server is configured. Set one with `seatkeeper smtp set` or in Settings, or send the link from your mail client.</source>
            <comment>mail.not_configured</comment>
            <translation>Ingen SMTP-server er konfigurert. Angi en med `seatkeeper smtp set` eller i Innstillinger, eller send lenken fra e-postprogrammet ditt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/holder_asks.py" />
            <source>No SMTP server is set up: set one in Settings → E-mail (SMTP)… first.</source>
            <comment>ask.no_mail</comment>
            <translation>Ingen SMTP-server er satt opp: sett opp en under Innstillinger → E-post (SMTP)… først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>No account owner e-mail: map the column that holds it, or give the owner's e-mail for rows without one.</source>
            <comment>import.no_owner</comment>
            <translation>Ingen e-post for kontoeier: Koble kolonnen som inneholder den, eller oppgi eierens e-post for rader uten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/plan.py" />
            <source>No column is mapped to “{field}”; choose one before importing.</source>
            <comment>import.not_mapped</comment>
            <translation>Ingen kolonne er koblet til «{field}»; velg en før du importerer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>No department</source>
            <comment>spend.no_department</comment>
            <translation>Ingen avdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/desktop_notify.py" />
            <source>No desktop session bus to notify on ({reason}).</source>
            <comment>notify.no_bus</comment>
            <translation>Ingen øktbuss på skrivebordet å varsle gjennom ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>No device connected</source>
            <comment>review.detail.no_device</comment>
            <translation>Ingen enhet tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>No holder</source>
            <comment>review.detail.unassigned_seat</comment>
            <translation>Ingen bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>No holder</source>
            <comment>spend.no_holder</comment>
            <translation>Ingen bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/desktop_notify.py" />
            <source>No notification service answered on the desktop bus ({reason}).</source>
            <comment>notify.no_service</comment>
            <translation>Ingen varslingstjeneste svarte på skrivebordsbussen ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/remind_schedule.py" />
            <source>No scheduler to register with here: {reason}. Run `seatkeeper remind --db {roster}` from your own scheduler every hour instead.</source>
            <comment>remind.no_scheduler</comment>
            <translation>Her finnes ingen oppgaveplanlegger å registrere seg hos: {reason}. Kjør `seatkeeper remind --db {roster}` fra din egen oppgaveplanlegger hver time i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/keyring_vault.py" />
            <source>No secure keyring on this system, so credentials cannot be stored or shown. Install and unlock one (GNOME Keyring or KWallet on Linux); nothing was written.</source>
            <comment>vault.unavailable</comment>
            <translation>Det finnes ingen sikker nøkkelring på dette systemet, så påloggingsinformasjon kan ikke lagres eller vises. Installer og lås opp en (GNOME Keyring eller KWallet på Linux); ingenting ble skrevet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>No secure keyring was found, so a server that needs a login cannot be saved: its password would have nowhere safe to go. A relay without login (leave the user empty) works without one.</source>
            <comment>mail.no_keyring_for_login</comment>
            <translation>Fant ingen sikker nøkkelring, så en server som krever pålogging, kan ikke lagres: Passordet ville ikke hatt noe trygt sted å ligge. Et relé uten pålogging (la brukeren stå tom) fungerer uten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>None.</source>
            <comment>report.none</comment>
            <translation>Ingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Not counted, no exchange rate: {amounts}.</source>
            <comment>report.forecast_missing</comment>
            <translation>Ikke medregnet, ingen valutakurs: {amounts}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Not signed off yet.</source>
            <comment>report.not_signed</comment>
            <translation>Ikke godkjent ennå.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Note</source>
            <comment>report.note</comment>
            <translation>Merknad</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Nothing is charged: it lapses.</source>
            <comment>remind.digest_no_charge</comment>
            <translation>Ingenting belastes: Det opphører.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Nothing is needed on the sending device: the recipient opens the e-mail on the device that will use the subscription and follows its instructions.</source>
            <comment>delivery.hint_link_send</comment>
            <translation>Ingenting må gjøres på enheten som sender: Mottakeren åpner e-posten på enheten som skal bruke abonnementet, og følger instruksjonene i den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Nothing is needed on the sending device: this delivery is done.</source>
            <comment>delivery.hint_delivered</comment>
            <translation>Ingenting trengs på sendende enhet: Denne leveringen er fullført.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Nothing is needed on the sending device: this delivery was undone.</source>
            <comment>delivery.hint_undone</comment>
            <translation>Ingenting trengs på sendende enhet: Denne leveringen ble angret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Nothing is waiting on the sending device: this delivery failed; send it again if the device still needs the subscription.</source>
            <comment>delivery.hint_failed</comment>
            <translation>Ingenting venter på sendende enhet: Denne leveringen mislyktes; send den på nytt hvis enheten fortsatt trenger abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>Nothing was sent: “{subscription}” cannot be sent to {refused} of the {chosen} chosen devices.
{reasons}</source>
            <comment>delivery.devices_refused</comment>
            <translation>Ingenting ble sendt: «{subscription}» kan ikke sendes til {refused} av de {chosen} valgte enhetene.
{reasons}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>One person holds two seats of one subscription</source>
            <comment>review.kind.person_holds_two_seats</comment>
            <translation>Én person har to lisenser i samme abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>Only a new volume purchase goes through request and approval.</source>
            <comment>order.not_a_request</comment>
            <translation>Bare et nytt volumkjøp går gjennom forespørsel og godkjenning.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Only a pending delivery can be marked delivered; this one is already {status}.</source>
            <comment>delivery.only_pending_delivered</comment>
            <translation>Bare en levering som venter, kan merkes som levert; denne har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>Only a pending delivery can be marked failed; this one is already {status}.</source>
            <comment>delivery.only_pending_fails</comment>
            <translation>Bare en levering som venter, kan merkes som mislyktes; denne har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Only a pending delivery can be undone; this one is already {status}.</source>
            <comment>delivery.only_pending_undone</comment>
            <translation>Bare en levering som venter, kan angres; denne har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>Only an active subscription can fail a payment; {name} is {status}.</source>
            <comment>subscription.not_active_payment</comment>
            <translation>Bare et aktivt abonnement kan få en mislykket betaling; {name} har status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Only the subscription's owner ({owner}) can change its seats; {actor} is not the owner.</source>
            <comment>volume.owner_only</comment>
            <translation>Bare abonnementets eier ({owner}) kan endre lisensene; {actor} er ikke eier.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Payment failed</source>
            <comment>seat.status.payment_failed</comment>
            <translation>Betaling mislyktes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>Payment failed</source>
            <comment>subscription.status.payment_failed</comment>
            <translation>Betaling mislyktes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Pending deliveries</source>
            <comment>report.pending_deliveries</comment>
            <translation>Ventende leveringer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Reassign</source>
            <comment>report.decision.reassign</comment>
            <translation>Tildel på nytt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Reclaim</source>
            <comment>report.decision.reclaim</comment>
            <translation>Ta tilbake</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/people_commands.py" />
            <source>Releasing frees {seats} seat(s) and disconnects {devices} device(s) of {email}; run it again with --yes to do it.</source>
            <comment>cli.release_needs_yes</comment>
            <translation>Dette frigir {seats} lisens(er) og kobler fra {devices} enhet(er) som tilhører {email}; kjør kommandoen på nytt med --yes for å gjøre det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Renews on {renewal} although nobody holds it</source>
            <comment>review.detail.auto_renew_unassigned</comment>
            <translation>Fornyes {renewal} selv om den ikke er tildelt noen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/team.py" />
            <source>Roles exist only on a team roster on PostgreSQL; an SQLite roster is guarded by its file's permissions.</source>
            <comment>team.only_on_server</comment>
            <translation>Roller finnes bare i et felles lisensregister på PostgreSQL; et SQLite-lisensregister beskyttes av filens tillatelser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Roster</source>
            <comment>report.roster</comment>
            <translation>Lisensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>Row {line} cannot be read as CSV ({error}).</source>
            <comment>import.bad_row</comment>
            <translation>Rad {line} kan ikke leses som CSV ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>Same e-mail address as row {first}.</source>
            <comment>people.same_person</comment>
            <translation>Samme e-postadresse som rad {first}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/plan.py" />
            <source>Same licence/seat as row {first}.</source>
            <comment>import.same_seat</comment>
            <translation>Samme lisens som rad {first}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/terms_commands.py" />
            <source>Say at least one term: --notice-days, --currency, --plan-months, --devices-per-seat, --devices-per-subscription or --auto-renew.</source>
            <comment>cli.terms_nothing_stated</comment>
            <translation>Oppgi minst ett vilkår: --notice-days, --currency, --plan-months, --devices-per-seat, --devices-per-subscription eller --auto-renew.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>Say why the delivery failed.</source>
            <comment>delivery.no_fail_reason</comment>
            <translation>Oppgi hvorfor leveringen mislyktes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Seat</source>
            <comment>report.seat</comment>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Seat has more devices connected than allowed</source>
            <comment>review.kind.seat_over_device_limit</comment>
            <translation>Lisensen har flere tilkoblede enheter enn tillatt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Seat has no device connected</source>
            <comment>review.kind.no_device</comment>
            <translation>Lisensen har ingen tilkoblet enhet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Seat has no holder</source>
            <comment>review.kind.unassigned_seat</comment>
            <translation>Lisensen har ingen bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Seat held by someone who left</source>
            <comment>review.kind.seat_held_by_leaver</comment>
            <translation>Lisensen er tildelt en som har sluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Seat {seat} ({holder}) of {name} lapses</source>
            <comment>deadlines.seat_of_lapses</comment>
            <translation>Lisens {seat} ({holder}) i {name} løper ut</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Seat {seat} has no holder.</source>
            <comment>seat.no_holder</comment>
            <translation>Lisens {seat} har ingen bruker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Seat {seat} is already held by {holder}.</source>
            <comment>seat.already_held</comment>
            <translation>Lisens {seat} brukes allerede av {holder}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Seat {seat} is held by {holder}; reassign it instead.</source>
            <comment>seat.held</comment>
            <translation>Lisens {seat} brukes av {holder}; tildel den på nytt i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Seat {seat} of {name} lapses</source>
            <comment>deadlines.seat_lapses</comment>
            <translation>Lisens {seat} i {name} løper ut</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Seat {seat} was changed by someone else since you opened it; reload it and try again.</source>
            <comment>seat.changed_meanwhile</comment>
            <translation>Lisens {seat} er endret av noen andre siden du åpnet den; last den inn på nytt og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Seatkeeper</source>
            <translation>Seatkeeper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/system_libraries.py" />
            <source>Seatkeeper cannot open its window: the system library {libraries} is missing. Install it with: {command}</source>
            <comment>start.missing_libraries</comment>
            <translation>Seatkeeper kan ikke åpne vinduet sitt: Systembiblioteket {libraries} mangler. Installer det med: {command}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>Seatkeeper cannot reach the roster server {where}. Check that it is running and that this computer may connect to it.</source>
            <comment>store.unreachable</comment>
            <translation>Seatkeeper får ikke kontakt med lisensregisterserveren {where}. Kontroller at den kjører, og at denne datamaskinen har lov til å koble til den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>Seatkeeper cannot read {path}: {reason}.</source>
            <comment>import.unreadable</comment>
            <translation>Seatkeeper kan ikke lese {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>Seatkeeper cannot read {path}: {reason}.</source>
            <comment>store.cannot_read</comment>
            <translation>Seatkeeper kan ikke lese {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>Seatkeeper cannot write in the folder {folder} ({reason}). Choose a folder you can write to, or open the roster read-only.</source>
            <comment>store.folder_not_writable</comment>
            <translation>Seatkeeper kan ikke skrive i mappen {folder} ({reason}). Velg en mappe du har skrivetilgang til, eller åpne lisensregisteret skrivebeskyttet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>Seatkeeper cannot write the roster {where}. Check that its folder exists and that you may write there.</source>
            <comment>store.cannot_write</comment>
            <translation>Seatkeeper kan ikke skrive lisensregisteret {where}. Kontroller at mappen finnes, og at du har skrivetilgang der.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/calendar_export.py" />
            <source>Seatkeeper cannot write {path}: {reason}.</source>
            <comment>calendar.unwritable</comment>
            <translation>Seatkeeper kan ikke skrive {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>Seatkeeper could not back up {path} ({reason}); the roster itself was not changed.</source>
            <comment>backup.failed</comment>
            <translation>Seatkeeper kunne ikke ta sikkerhetskopi av {path} ({reason}); selve lisensregisteret ble ikke endret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>Seatkeeper could not lock the roster {where}: the file system's locking failed, as it can on a network drive. Nothing was saved; try again, or keep the roster on a local disk.</source>
            <comment>store.locking_failed</comment>
            <translation>Seatkeeper kunne ikke låse lisensregisteret {where}: Låsingen i filsystemet mislyktes, noe som kan skje på en nettverksstasjon. Ingenting ble lagret; prøv igjen, eller ha lisensregisteret på en lokal disk.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>Seatkeeper could not restore {path} from {name} ({reason}). The roster was not changed.</source>
            <comment>backup.restore_failed</comment>
            <translation>Seatkeeper kunne ikke gjenopprette {path} fra {name} ({reason}). Lisensregisteret ble ikke endret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>Seatkeeper does not know the kind of database in “{where}”. Use a file path, sqlite:///FILE or postgresql://USER@HOST/DATABASE.</source>
            <comment>store.unknown_kind</comment>
            <translation>Seatkeeper kjenner ikke databasetypen i «{where}». Bruk en filbane, sqlite:///FIL eller postgresql://BRUKER@VERT/DATABASE.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Seatkeeper hit an unexpected problem and did not finish what it was doing. Nothing already saved was lost.

Details are in the log: {log_file}</source>
            <translation>Seatkeeper støtte på et uventet problem og fullførte ikke det programmet holdt på med. Ingenting som allerede var lagret, gikk tapt.

Detaljer står i loggen: {log_file}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Seatkeeper review {as_of}</source>
            <comment>report.doc_title</comment>
            <translation>Seatkeeper-gjennomgang {as_of}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>Seatkeeper test message</source>
            <comment>mail.test_subject</comment>
            <translation>Testmelding fra Seatkeeper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Seatkeeper: {count} deadline(s) coming</source>
            <comment>remind.digest_subject</comment>
            <translation>Seatkeeper: {count} frist(er) nærmer seg</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Seats</source>
            <comment>report.seats</comment>
            <translation>Lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Seats are charged for the months left until the renewal on {renewal}, and none are left on {on}; renew first, then add seats.</source>
            <comment>volume.no_months_left</comment>
            <translation>Lisenser belastes for månedene som er igjen til fornyelsen den {renewal}, og den {on} er det ingen måneder igjen; forny først, og legg deretter til lisenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/exporting.py" />
            <source>Secrets can be exported only from a usable keyring.</source>
            <comment>export.secrets_need_keyring</comment>
            <translation>Hemmeligheter kan bare eksporteres fra en nøkkelring som virker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>Security must be starttls, tls or none.</source>
            <comment>mail.settings.bad_security</comment>
            <translation>Sikkerhet må være starttls, tls eller none.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Select at least one seat.</source>
            <comment>seat.none_selected</comment>
            <translation>Velg minst én lisens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>Sending through the mail server {server} failed ({error}).</source>
            <comment>mail.send_failed</comment>
            <translation>Sending gjennom e-postserveren {server} mislyktes ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Sign-off</source>
            <comment>report.sign_off</comment>
            <translation>Godkjenning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Signed off by {reviewer} on {on}.</source>
            <comment>report.signed</comment>
            <translation>Godkjent av {reviewer} den {on}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Something went wrong</source>
            <translation>Noe gikk galt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Steps to take:</source>
            <comment>remind.digest_steps</comment>
            <translation>Slik går du fram:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Still assigned to {email}</source>
            <comment>review.detail.expired_still_assigned</comment>
            <translation>Fortsatt tildelt {email}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Subscription</source>
            <comment>report.subscription</comment>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Subscription has more devices than its slots</source>
            <comment>review.kind.subscription_over_device_limit</comment>
            <translation>Abonnementet har flere enheter enn det har plasser til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Subscription has more seats than it was bought with</source>
            <comment>review.kind.subscription_over_seat_limit</comment>
            <translation>Abonnementet har flere lisenser enn det ble kjøpt med</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Subscriptions</source>
            <comment>report.subscriptions</comment>
            <translation>Abonnementer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Summary</source>
            <comment>report.summary</comment>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/vendor_terms.py" />
            <source>Terms for {vendor} ({channel}) saved.</source>
            <comment>terms.saved</comment>
            <translation>Vilkårene for {vendor} ({channel}) er lagret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/deliveries.py" />
            <source>That delivery is no longer in the roster.</source>
            <comment>delivery.gone</comment>
            <translation>Den leveringen finnes ikke lenger i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/send_facts.py" />
            <location filename="../../src/seatkeeper/store/devices.py" />
            <source>That device is no longer in the roster.</source>
            <comment>device.gone</comment>
            <translation>Den enheten finnes ikke lenger i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>That looks like a whole card number. Seatkeeper keeps only the last four digits of a card; enter just those four.</source>
            <comment>cards.whole_number</comment>
            <translation>Det ser ut som et helt kortnummer. Seatkeeper tar bare vare på de fire siste sifrene på et kort; oppgi bare disse fire.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/people.py" />
            <source>That person is no longer in the roster.</source>
            <comment>person.gone</comment>
            <translation>Den personen finnes ikke lenger i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>That purchase request is no longer in the roster.</source>
            <comment>order.gone</comment>
            <translation>Den kjøpsforespørselen finnes ikke lenger i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>That review change was already undone, or never made.</source>
            <comment>review.nothing_to_undo</comment>
            <translation>Den endringen fra gjennomgangen er allerede angret, eller den ble aldri gjort.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <location filename="../../src/seatkeeper/store/records.py" />
            <source>That seat is no longer in the roster.</source>
            <comment>seat.gone</comment>
            <translation>Den lisensen finnes ikke lenger i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/holder_asks.py" />
            <source>That seat's holder was not asked; nothing to record.</source>
            <comment>ask.not_asked</comment>
            <translation>Brukeren av den lisensen ble ikke spurt; det er ingenting å registrere.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/send_facts.py" />
            <location filename="../../src/seatkeeper/store/records.py" />
            <source>That subscription is no longer in the roster.</source>
            <comment>subscription.gone</comment>
            <translation>Det abonnementet finnes ikke lenger i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>That vendor account (#{account_id}) is no longer in the roster.</source>
            <comment>account.not_found</comment>
            <translation>Den leverandørkontoen (nr. {account_id}) finnes ikke lenger i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The App Store account has no active payment method; add one first.</source>
            <comment>app_store.no_payment_method</comment>
            <translation>App Store-kontoen har ingen aktiv betalingsmetode; legg til en først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>The App Store bills this subscription every 12 months; a {months}-month plan is not available there.</source>
            <comment>app_store.store_bills_yearly</comment>
            <translation>App Store fakturerer dette abonnementet hver 12. måned; en plan på {months} måneder er ikke tilgjengelig der.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/trigram.py" />
            <source>The Licences filter has no trigram index on this PostgreSQL server, so each filter reads every seat (slower, still correct): {reason}. A server administrator can run “CREATE EXTENSION pg_trgm;” in this database; Seatkeeper then creates the indexes the next time it opens the roster.</source>
            <comment>store.trigram_unavailable</comment>
            <translation>Filteret i Lisenser har ingen trigramindeks på denne PostgreSQL-serveren, så hver filtrering leser alle lisensene (tregere, men fortsatt riktig): {reason}. En serveradministrator kan kjøre «CREATE EXTENSION pg_trgm;» i denne databasen; Seatkeeper oppretter da indeksene neste gang lisensregisteret åpnes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>The PostgreSQL driver is not installed; install Seatkeeper with its 'postgres' extra.</source>
            <comment>store.no_postgres_driver</comment>
            <translation>PostgreSQL-driveren er ikke installert; installer Seatkeeper med tillegget «postgres».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The amount due cannot be negative ({amount}).</source>
            <comment>volume.amount_due_negative</comment>
            <translation>Beløpet som skal betales, kan ikke være negativt ({amount}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The amount paid cannot be negative ({amount}).</source>
            <comment>volume.amount_paid_negative</comment>
            <translation>Beløpet som er betalt, kan ikke være negativt ({amount}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The app is version {version}; version 7.3.7 or later is needed.</source>
            <comment>app_store.app_too_old</comment>
            <translation>Appen har versjon {version}; versjon 7.3.7 eller nyere kreves.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The audit log can only be added to; its events are never changed or deleted. Nothing was saved.</source>
            <comment>store.audit_append_only</comment>
            <translation>Revisjonsloggen kan bare utvides; hendelsene i den blir aldri endret eller slettet. Ingenting ble lagret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>The audit log cannot be trusted: {finding}.</source>
            <comment>audit.verify.untrusted</comment>
            <translation>Revisjonsloggen er ikke til å stole på: {finding}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/bundle.py" />
            <source>The audit log has been tampered with: {problem}. Run “seatkeeper audit verify”.</source>
            <comment>audit.head_problem_at_open</comment>
            <translation>Revisjonsloggen er blitt manipulert: {problem}. Kjør «seatkeeper audit verify».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>The audit log held no events when this report was made.</source>
            <comment>report.audit_empty</comment>
            <translation>Revisjonsloggen inneholdt ingen hendelser da denne rapporten ble laget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>The audit log held {count} events when this report was made; the newest is event {event}, whose hash begins {hash}. Check later that none was removed or rewritten with: seatkeeper audit verify --head {event}:{hash}</source>
            <comment>report.audit_head</comment>
            <translation>Revisjonsloggen inneholdt {count} hendelser da denne rapporten ble laget; den nyeste er hendelse {event}, og hashverdien dens begynner med {hash}. Kontroller senere at ingen hendelser er fjernet eller skrevet om, med: seatkeeper audit verify --head {event}:{hash}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>The audit log is broken at event {event}: {reason}. The {count} events before it are intact.</source>
            <comment>audit.verify.broken</comment>
            <translation>Revisjonsloggen er brutt ved hendelse {event}: {reason}. De {count} hendelsene før den er intakte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>The audit log is intact: {count} events checked.</source>
            <comment>audit.verify.intact</comment>
            <translation>Revisjonsloggen er intakt: {count} hendelser kontrollert.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>The audit log's append-only protection had been removed (triggers {names}); Seatkeeper put it back. Run “seatkeeper audit verify”: events may have been changed meanwhile.</source>
            <comment>store.audit_triggers_restored</comment>
            <translation>Revisjonsloggens beskyttelse mot endring og sletting var fjernet (triggerne {names}); Seatkeeper har gjenopprettet den. Kjør «seatkeeper audit verify»: Hendelser kan ha blitt endret i mellomtiden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>The audit log's append-only protection has been removed (triggers {names}), so its events can be changed without a refusal. Open the roster with a login that may write to put it back, then run “seatkeeper audit verify”.</source>
            <comment>store.audit_triggers_missing</comment>
            <translation>Revisjonsloggens beskyttelse mot endring og sletting er fjernet (triggerne {names}), så hendelsene kan endres uten å bli avvist. Åpne lisensregisteret med en pålogging som har skrivetilgang, for å gjenopprette den, og kjør deretter «seatkeeper audit verify».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>The backup {name} has {count} broken references (foreign key check failed).</source>
            <comment>backup.broken_references</comment>
            <translation>Sikkerhetskopien {name} har {count} brutte referanser (kontrollen av fremmednøkler mislyktes).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>The backup {name} is damaged (integrity check failed).</source>
            <comment>backup.integrity_failed</comment>
            <translation>Sikkerhetskopien {name} er skadet (integritetskontrollen mislyktes).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>The backup {name} is damaged.</source>
            <comment>backup.damaged</comment>
            <translation>Sikkerhetskopien {name} er skadet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/holder_asks.py" />
            <source>The cancel-by deadline ({deadline}) is too close to ask {email} and still act on the answer.</source>
            <comment>ask.too_late</comment>
            <translation>Fristen for oppsigelse ({deadline}) er for nær til å spørre {email} og likevel rekke å handle på svaret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>The chart of these charges is on the last page.</source>
            <comment>report.forecast_chart</comment>
            <translation>Diagrammet over disse belastningene står på siste side.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/session.py" />
            <source>The check of the file stopped unexpectedly (exit {code}); nothing was written.</source>
            <comment>import.check_died</comment>
            <translation>Kontrollen av filen stoppet uventet (avslutningskode {code}); ingenting ble skrevet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/session.py" />
            <source>The checked rows are no longer at hand; nothing was imported. Check the file again.</source>
            <comment>import.plan_gone</comment>
            <translation>De kontrollerte radene er ikke lenger tilgjengelige; ingenting ble importert. Kontroller filen på nytt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The column “{header}” appears twice in the header row.</source>
            <comment>import.header_twice</comment>
            <translation>Kolonnen «{header}» forekommer to ganger i overskriftsraden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The connection to the roster at {where} was lost. Try again.</source>
            <comment>store.connection_lost</comment>
            <translation>Forbindelsen til lisensregisteret på {where} ble brutt. Prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>The copy {name} holds no audit events: there is nothing in it to check the log against.</source>
            <comment>audit.verify.copy_empty</comment>
            <translation>Kopien {name} inneholder ingen revisjonshendelser: Det er ingenting i den å kontrollere loggen mot.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The credit cannot be negative ({amount}).</source>
            <comment>volume.credit_negative</comment>
            <translation>Kreditten kan ikke være negativ ({amount}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The credit is in {credit} but the amount due is in {due}; convert it first.</source>
            <comment>volume.credit_currency</comment>
            <translation>Kreditten er i {credit}, men beløpet som skal betales, er i {due}; konverter den først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/desktop_notify.py" />
            <source>The desktop notification could not be shown ({reason}).</source>
            <comment>notify.command_failed</comment>
            <translation>Skrivebordsvarselet kunne ikke vises ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The device is not connected to the account.</source>
            <comment>send.device_not_connected</comment>
            <translation>Enheten er ikke tilkoblet kontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The device runs iOS {version}; iOS 12 or later is needed.</source>
            <comment>app_store.ios_too_old</comment>
            <translation>Enheten kjører iOS {version}; iOS 12 eller nyere kreves.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The device's app version “{installed}” cannot be read, so it cannot be shown to be compatible (it needs {required} or later).</source>
            <comment>send.device_version_unreadable</comment>
            <translation>Appversjonen på enheten, «{installed}», kan ikke leses, så det kan ikke fastslås at abonnementet er kompatibelt (det krever {required} eller nyere).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The disk holding {where} is full. Nothing was saved; free some space and try again.</source>
            <comment>store.disk_full</comment>
            <translation>Disken med {where} er full. Ingenting ble lagret; frigjør litt plass og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The disk holding {where} reported an error while Seatkeeper read or wrote the roster. Nothing was saved; check the disk (or its network connection) and try again.</source>
            <comment>store.io_error</comment>
            <translation>Disken med {where} rapporterte en feil mens Seatkeeper leste eller skrev lisensregisteret. Ingenting ble lagret; kontroller disken (eller nettverkstilkoblingen til den) og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The encrypted connection to the mail server {server} failed ({reason}). Check the security setting: port 465 usually needs TLS, port 587 STARTTLS.</source>
            <comment>mail.tls_failed</comment>
            <translation>Den krypterte forbindelsen til e-postserveren {server} mislyktes ({reason}). Kontroller sikkerhetsinnstillingen: Port 465 krever vanligvis TLS, port 587 STARTTLS.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/exporting.py" />
            <source>The export cannot be written to {path}: {reason}.</source>
            <comment>export.unwritable</comment>
            <translation>Eksporten kan ikke skrives til {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/roster_json.py" />
            <source>The export names account {vendor} &lt;{owner}&gt; but does not list it.</source>
            <comment>import.json.unlisted_account</comment>
            <translation>Eksporten nevner kontoen {vendor} &lt;{owner}&gt;, men lister den ikke opp.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/roster_json.py" />
            <source>The export refers to {what} {key}, which it does not list.</source>
            <comment>import.json.unlisted</comment>
            <translation>Eksporten viser til {what} {key}, som den ikke lister opp.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/child.py" />
            <source>The file changed after its dry run ({then} rows then, {now} now); nothing was imported. Run the import again to check it anew.</source>
            <comment>import.file_changed</comment>
            <translation>Filen er endret etter prøvekjøringen ({then} rader da, {now} nå); ingenting ble importert. Kjør importen på nytt for å kontrollere den igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/mapping.py" />
            <source>The file has no column “{header}”.</source>
            <comment>import.no_such_column</comment>
            <translation>Filen har ingen kolonne «{header}».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>The file has no e-mail column, so it cannot say who is who (its columns: {headers}).</source>
            <comment>people.no_email_column</comment>
            <translation>Filen har ingen e-postkolonne, så den kan ikke vise hvem som er hvem (kolonnene er: {headers}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The file holds NUL characters; it is not a CSV file.</source>
            <comment>import.has_nul</comment>
            <translation>Filen inneholder NUL-tegn; den er ikke en CSV-fil.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The file is empty: there is no header row.</source>
            <comment>import.no_header</comment>
            <translation>Filen er tom: Det finnes ingen overskriftsrad.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>The folder {folder} does not exist.</source>
            <comment>store.no_folder</comment>
            <translation>Mappen {folder} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The header row cannot be read as CSV ({error}).</source>
            <comment>import.bad_header_row</comment>
            <translation>Overskriftsraden kan ikke leses som CSV ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The header row is empty.</source>
            <comment>import.empty_header</comment>
            <translation>Overskriftsraden er tom.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/child.py" />
            <source>The import stopped unexpectedly (exit {code}); nothing was imported.</source>
            <comment>import.child_died</comment>
            <translation>Importen stoppet uventet (avslutningskode {code}); ingenting ble importert.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/writer.py" />
            <source>The import was cancelled; the roster is as it was.</source>
            <comment>import.cancelled</comment>
            <translation>Importen ble avbrutt; lisensregisteret er som før.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>The keyring holds no password for “{user}” on {host}. Enter it again in the SMTP settings.</source>
            <comment>mail.password_missing</comment>
            <translation>Nøkkelringen har ikke noe passord for «{user}» på {host}. Oppgi det på nytt i SMTP-innstillingene.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/keyring_vault.py" />
            <source>The keyring is locked. Unlock it (or allow Seatkeeper) and try again.</source>
            <comment>vault.locked</comment>
            <translation>Nøkkelringen er låst. Lås den opp (eller gi Seatkeeper tilgang) og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/keyring_vault.py" />
            <source>The keyring refused the request ({error}). Try again.</source>
            <comment>vault.refused</comment>
            <translation>Nøkkelringen avviste forespørselen ({error}). Prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server name “{host}” could not be found. Check the host name and the network connection.</source>
            <comment>mail.host_not_found</comment>
            <translation>Fant ikke e-postserveren «{host}». Kontroller vertsnavnet og nettverkstilkoblingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} closed the connection. Check the port and the security setting.</source>
            <comment>mail.disconnected</comment>
            <translation>E-postserveren {server} lukket forbindelsen. Kontroller porten og sikkerhetsinnstillingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} could not be reached ({reason}).</source>
            <comment>mail.unreachable</comment>
            <translation>Fikk ikke kontakt med e-postserveren {server} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} did not answer within {seconds} seconds. Check the host, the port and any firewall.</source>
            <comment>mail.no_answer</comment>
            <translation>E-postserveren {server} svarte ikke innen {seconds} sekunder. Kontroller verten, porten og eventuelle brannmurer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} does not accept a login on this connection. Check the security setting, or leave the user empty for a relay without login.</source>
            <comment>mail.no_login</comment>
            <translation>E-postserveren {server} godtar ikke pålogging på denne forbindelsen. Kontroller sikkerhetsinnstillingen, eller la brukeren stå tom for et relé uten pålogging.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} does not offer STARTTLS. Choose TLS if it expects encryption from the start, or check the port.</source>
            <comment>mail.no_starttls</comment>
            <translation>E-postserveren {server} tilbyr ikke STARTTLS. Velg TLS hvis den forventer kryptering fra starten av, eller kontroller porten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the connection: nothing is listening on port {port}. Check the host and port.</source>
            <comment>mail.connection_refused</comment>
            <translation>E-postserveren {server} avviste forbindelsen: Ingenting lytter på port {port}. Kontroller vert og port.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the login for user “{user}” (code {code}). Check the user name and password.</source>
            <comment>mail.login_refused</comment>
            <translation>E-postserveren {server} avviste påloggingen for brukeren «{user}» (kode {code}). Kontroller brukernavnet og passordet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the message (code {code}). Try again later or ask its administrator.</source>
            <comment>mail.message_refused</comment>
            <translation>E-postserveren {server} avviste meldingen (kode {code}). Prøv igjen senere, eller spør administratoren av serveren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the recipient {addresses} (code {codes}). Check the address.</source>
            <comment>mail.recipient_refused</comment>
            <translation>E-postserveren {server} avviste mottakeren {addresses} (kode {codes}). Kontroller adressen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the sender address “{sender}” (code {code}). Use an address this account may send from.</source>
            <comment>mail.sender_refused</comment>
            <translation>E-postserveren {server} avviste avsenderadressen «{sender}» (kode {code}). Bruk en adresse denne kontoen har lov til å sende fra.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of connected devices cannot be negative ({count}).</source>
            <comment>volume.connected_negative</comment>
            <translation>Antall tilkoblede enheter kan ikke være negativt ({count}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>The number of days ahead cannot be negative.</source>
            <comment>deadlines.days_negative</comment>
            <translation>Antall dager fremover kan ikke være negativt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>The number of days ahead cannot be negative.</source>
            <comment>review.days_negative</comment>
            <translation>Antall dager fremover kan ikke være negativt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the billing cycle must be at least 1 (got {value}).</source>
            <comment>volume.cycle_months_at_least_one</comment>
            <translation>Antall måneder i faktureringssyklusen må være minst 1 (fikk {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the current plan must be at least 1 (got {value}).</source>
            <comment>volume.current_plan_months_at_least_one</comment>
            <translation>Antall måneder i gjeldende plan må være minst 1 (fikk {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the new plan must be at least 1 (got {value}).</source>
            <comment>volume.new_plan_months_at_least_one</comment>
            <translation>Antall måneder i den nye planen må være minst 1 (fikk {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of seats must be at least 1 (got {value}).</source>
            <comment>volume.seats_at_least_one</comment>
            <translation>Antall lisenser må være minst 1 (fikk {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of seats to add must be at least 1 (got {value}).</source>
            <comment>volume.added_seats_at_least_one</comment>
            <translation>Antall lisenser som skal legges til, må være minst 1 (fikk {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <comment>spend.period_backwards</comment>
            <translation>Perioden slutter ({end}) før den begynner ({start}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The period must end after it starts ({start} to {end}).</source>
            <comment>volume.period_backwards</comment>
            <translation>Perioden må slutte etter at den begynner ({start} til {end}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>The port must be between 1 and 65535, not {port}.</source>
            <comment>mail.settings.bad_port</comment>
            <translation>Porten må være mellom 1 og 65535, ikke {port}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The product is not released in the device's region ({region}).</source>
            <comment>send.region_unavailable</comment>
            <translation>Produktet er ikke lansert i enhetens region ({region}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The product is released only in some regions, and the device's region is not known.</source>
            <comment>send.region_unknown</comment>
            <translation>Produktet er bare lansert i enkelte regioner, og enhetens region er ukjent.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>The rate file holds no exchange rates.</source>
            <comment>rates.file_empty</comment>
            <translation>Kursfilen inneholder ingen valutakurser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rates.py" />
            <source>The rate file {path} cannot be read: {reason}.</source>
            <comment>rates.cannot_read</comment>
            <translation>Kursfilen {path} kan ikke leses: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rates.py" />
            <source>The rate file {path} is not UTF-8 or Latin-1 text.</source>
            <comment>rates.not_text</comment>
            <translation>Kursfilen {path} er ikke tekst i UTF-8 eller Latin-1.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/records.py" />
            <source>The record was changed by someone else while saving; reload it and try again.</source>
            <comment>record.changed_while_saving</comment>
            <translation>Posten ble endret av noen andre under lagringen; last den inn på nytt og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/plan.py" />
            <source>The rejected rows cannot be saved to {path}: {reason}.</source>
            <comment>import.rejects_unwritable</comment>
            <translation>De avviste radene kan ikke lagres i {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/exports.py" />
            <source>The report cannot be written to {path}: {reason}.</source>
            <comment>transfer.report_unwritable</comment>
            <translation>Rapporten kan ikke skrives til {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/team.py" />
            <source>The role must be admin or reviewer, not “{role}”.</source>
            <comment>team.bad_role</comment>
            <translation>Rollen må være admin eller reviewer, ikke «{role}».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_roster.py" />
            <source>The roster file has {problems} problem(s), so nothing was imported; first: item {line}, {column}: {reason}</source>
            <comment>import.json.file_has_problems</comment>
            <translation>Lisensregisterfilen har {problems} problem(er), så ingenting ble importert; første: element {line}, {column}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/people.py" />
            <location filename="../../src/seatkeeper/services/people_data.py" />
            <source>The roster holds nobody with the e-mail address {email}.</source>
            <comment>people.nobody</comment>
            <translation>Lisensregisteret har ingen med e-postadressen {email}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster server {where} did not allow this: its database user lacks the permission. Nothing was saved; ask the server's administrator.</source>
            <comment>store.no_privilege</comment>
            <translation>Lisensregisterserveren {where} tillot ikke dette: Databasebrukeren mangler tillatelse. Ingenting ble lagret; spør administratoren av serveren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster server {where} has no such database. Check the database name in the roster's address.</source>
            <comment>store.no_database</comment>
            <translation>Lisensregisterserveren {where} har ingen slik database. Kontroller databasenavnet i adressen til lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster server {where} is shutting down or starting up. Nothing was saved; try again in a moment.</source>
            <comment>store.server_unavailable</comment>
            <translation>Lisensregisterserveren {where} holder på å slå seg av eller starte opp. Ingenting ble lagret; prøv igjen om et øyeblikk.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster server {where} refused the login. Check the user name and password.</source>
            <comment>store.login_refused</comment>
            <translation>Lisensregisterserveren {where} avviste påloggingen. Kontroller brukernavnet og passordet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster {where} is busy with another program's change and stayed busy. Nothing was saved; try again in a moment.</source>
            <comment>store.busy</comment>
            <translation>Lisensregisteret {where} er opptatt med en endring fra et annet program og ble ikke ledig. Ingenting ble lagret; prøv igjen om et øyeblikk.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/remind_schedule.py" />
            <source>The roster's address holds a password, which would be written into the scheduler's files in plain text. Give the password to PostgreSQL another way (e.g. ~/.pgpass) and use the address without it.</source>
            <comment>remind.roster_url_password</comment>
            <translation>Adressen til lisensregisteret inneholder et passord, som ville blitt skrevet i klartekst i oppgaveplanleggerens filer. Gi passordet til PostgreSQL på en annen måte (f.eks. ~/.pgpass), og bruk adressen uten det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>The row has both a price and a monthly price; give one of them.</source>
            <comment>import.two_prices</comment>
            <translation>Raden har både en pris og en månedspris; oppgi bare én av dem.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>The row names no e-mail address.</source>
            <comment>people.no_email</comment>
            <translation>Raden oppgir ingen e-postadresse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/remind_schedule.py" />
            <source>The scheduler refused: `{command}` exited with {code}: {output}</source>
            <comment>remind.scheduler_failed</comment>
            <translation>Oppgaveplanleggeren avviste: `{command}` avsluttet med {code}: {output}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/vault.py" />
            <source>The secret is empty.</source>
            <comment>vault.secret_empty</comment>
            <translation>Hemmeligheten er tom.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/vault.py" />
            <source>The secret is {length} characters long; the keyring takes at most {limit}.</source>
            <comment>vault.secret_too_long</comment>
            <translation>Hemmeligheten er på {length} tegn; nøkkelringen tar høyst {limit}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>The serial number is too long to be a product key.</source>
            <comment>import.snipeit.serial_too_long</comment>
            <translation>Serienummeret er for langt til å være en produktnøkkel.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The service is not offered in the App Store country {country}; switch the App Store account to a country where it is offered and use a payment method from that country.</source>
            <comment>app_store.country_not_offered</comment>
            <translation>Tjenesten tilbys ikke i App Store-landet {country}; bytt App Store-kontoen til et land der den tilbys, og bruk en betalingsmetode fra det landet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The term of a volume subscription cannot be shortened (from {current} to {new} months).</source>
            <comment>volume.no_shorter_term</comment>
            <translation>Varigheten av et volumlisensabonnement kan ikke forkortes (fra {current} til {new} måneder).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The unit monthly price cannot be negative ({amount}).</source>
            <comment>volume.unit_monthly_price_negative</comment>
            <translation>Månedsprisen per lisens kan ikke være negativ ({amount}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/credentials.py" />
            <source>The user name and password are {length} characters together; the keyring takes at most {room}.</source>
            <comment>credentials.too_long</comment>
            <translation>Brukernavnet og passordet er på {length} tegn til sammen; nøkkelringen tar høyst {room}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>The user name cannot contain spaces or line breaks.</source>
            <comment>mail.settings.bad_user</comment>
            <translation>Brukernavnet kan ikke inneholde mellomrom eller linjeskift.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/instants.py" />
            <source>The {field} has no time zone, so the moment it names is unknown.</source>
            <comment>instants.no_time_zone</comment>
            <translation>{field} har ingen tidssone, så tidspunktet er ukjent.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/instants.py" />
            <source>The {field} must be a date with a time of day.</source>
            <comment>instants.no_time_of_day</comment>
            <translation>{field} må være en dato med klokkeslett.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/team.py" />
            <source>There is no login “{user}” on the server; create it first (e.g. createuser {user}).</source>
            <comment>team.no_login</comment>
            <translation>Det finnes ingen pålogging «{user}» på serveren; opprett den først (f.eks. createuser {user}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>There is no roster at {path} to back up.</source>
            <comment>backup.no_roster</comment>
            <translation>Det finnes ikke noe lisensregister på {path} å ta sikkerhetskopi av.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>There is no roster at {path}.</source>
            <comment>store.no_roster</comment>
            <translation>Det finnes ikke noe lisensregister på {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>There is no roster copy at {path} to check against.</source>
            <comment>audit.verify.no_copy</comment>
            <translation>Det finnes ingen kopi av lisensregisteret i {path} å kontrollere mot.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>These deadlines reached a reminder lead time:</source>
            <comment>remind.digest_intro</comment>
            <translation>Disse fristene har nådd varseltiden for påminnelse:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>This JSON file is not a Seatkeeper roster export.</source>
            <comment>import.json.not_an_export</comment>
            <translation>Denne JSON-filen er ikke en eksport av et Seatkeeper-lisensregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/session.py" />
            <source>This file is not a table of rows.</source>
            <comment>import.not_a_table</comment>
            <translation>Denne filen er ikke en tabell med rader.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>This file is not a {bank} exchange-rate export: it has no {columns} columns.</source>
            <comment>rates.file_not_format</comment>
            <translation>Denne filen er ikke en valutakurseksport fra {bank}: Den mangler kolonnene {columns}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>This is a test message from Seatkeeper: the SMTP settings work.
</source>
            <comment>mail.test_body</comment>
            <translation>Dette er en testmelding fra Seatkeeper: SMTP-innstillingene virker.
</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminders.py" />
            <source>This reminder is already open: there is nothing to reopen.</source>
            <comment>reminders.not_answered</comment>
            <translation>Denne påminnelsen er allerede åpen: Det er ingenting å gjenåpne.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/demo.py" />
            <source>This roster already has subscriptions; the demo goes into an empty one.</source>
            <comment>demo.roster_not_empty</comment>
            <translation>Dette lisensregisteret har allerede abonnementer; demoen legges i et tomt register.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>This roster export is version {found}; this Seatkeeper reads version {version}.</source>
            <comment>import.json.other_version</comment>
            <translation>Denne eksporten av lisensregisteret har versjon {found}; denne utgaven av Seatkeeper leser versjon {version}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/migrate.py" />
            <source>This roster was written by a newer Seatkeeper. Update Seatkeeper to open it; the file was left untouched.</source>
            <comment>store.newer_roster</comment>
            <translation>Dette lisensregisteret er skrevet av en nyere utgave av Seatkeeper. Oppdater Seatkeeper for å åpne det; filen er ikke endret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/migrate.py" />
            <source>This roster's schema version is missing (its alembic_version table is empty), so Seatkeeper cannot tell how to upgrade it. It was left untouched; restore it from a backup.</source>
            <comment>store.no_schema_version</comment>
            <translation>Skjemaversjonen til dette lisensregisteret mangler (tabellen alembic_version er tom), så Seatkeeper kan ikke avgjøre hvordan det skal oppgraderes. Det ble ikke endret; gjenopprett det fra en sikkerhetskopi.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>This row's {what} differs from row {first}, which names the same licence.</source>
            <comment>import.snipeit.differs</comment>
            <translation>Verdien for {what} i denne raden avviker fra rad {first}, som gjelder samme lisens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>This subscription cannot be sent to the device:
{reasons}</source>
            <comment>send.refused</comment>
            <translation>Dette abonnementet kan ikke sendes til enheten:
{reasons}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription is already billed directly by the vendor.</source>
            <comment>app_store.already_direct</comment>
            <translation>Dette abonnementet faktureres allerede direkte av leverandøren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought on the vendor's website, so its plan length can be changed only there: do it on the vendor's website, signed in to the vendor account.</source>
            <comment>app_store.plan_change_on_website</comment>
            <translation>Dette abonnementet ble kjøpt på leverandørens nettsted, så planlengden kan bare endres der: Gjør det på leverandørens nettsted, pålogget leverandørkontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought on the vendor's website, so its subscription can be cancelled only there: do it on the vendor's website, signed in to the vendor account.</source>
            <comment>app_store.cancel_on_website</comment>
            <translation>Dette abonnementet ble kjøpt på leverandørens nettsted, så det kan bare kanselleres der: Gjør det på leverandørens nettsted, pålogget leverandørkontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought through the App Store, so its plan length can be changed only there: do it in the App Store, signed in to the App Store account it was bought with.</source>
            <comment>app_store.plan_change_in_store</comment>
            <translation>Dette abonnementet ble kjøpt gjennom App Store, så planlengden kan bare endres der: Gjør det i App Store, pålogget App Store-kontoen det ble kjøpt med.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought through the App Store, so its subscription can be cancelled only there: do it in the App Store, signed in to the App Store account it was bought with.</source>
            <comment>app_store.cancel_in_store</comment>
            <translation>Dette abonnementet ble kjøpt gjennom App Store, så det kan bare avbrytes der: Gjør det i App Store, pålogget App Store-kontoen det ble kjøpt med.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>This subscription was changed by someone else since you opened it; reload it and try again.</source>
            <comment>subscription.changed_since_opened</comment>
            <translation>Dette abonnementet er endret av noen andre siden du åpnet det; last det inn på nytt og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>To keep it, do nothing; mark the reminder “Keep and renew” in Seatkeeper.</source>
            <comment>remind.digest_keep</comment>
            <translation>Vil du beholde det, trenger du ikke gjøre noe; merk påminnelsen «Behold og forny» i Seatkeeper.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>To stop it, cancel or turn off renewal for {name} at {vendor} before the date above.</source>
            <comment>remind.digest_website_step</comment>
            <translation>Vil du stoppe det, må du kansellere eller slå av fornyelse for {name} hos {vendor} før datoen ovenfor.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>To {target}, sent {sent}</source>
            <comment>review.detail.delivery_pending</comment>
            <translation>Til {target}, sendt {sent}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Total charged if nothing is done: {amounts}</source>
            <comment>remind.digest_total</comment>
            <translation>Samlet beløp som belastes hvis ingenting gjøres: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Unassigned seat will renew (and be paid for)</source>
            <comment>review.kind.auto_renew_unassigned</comment>
            <translation>Ikke tildelt lisens fornyes (og må betales)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>Upgrading the roster {where} to this Seatkeeper failed, so the upgrade was undone: the roster is exactly as it was. A copy taken just before is at {copy}. Details are in the log.</source>
            <comment>store.upgrade_failed_copy</comment>
            <translation>Oppgraderingen av lisensregisteret {where} til denne utgaven av Seatkeeper mislyktes, så oppgraderingen ble rullet tilbake: Lisensregisteret er nøyaktig som før. En kopi tatt like før ligger i {copy}. Detaljer står i loggen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>Upgrading the roster {where} to this Seatkeeper failed, so the upgrade was undone: the roster is exactly as it was. Details are in the log.</source>
            <comment>store.upgrade_failed</comment>
            <translation>Oppgraderingen av lisensregisteret {where} til denne utgaven av Seatkeeper mislyktes, så oppgraderingen ble rullet tilbake: Lisensregisteret er nøyaktig som før. Detaljer står i loggen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Volume licences can be paid by credit card only; PayPal, Bitcoin and Paymentwall are not accepted.</source>
            <comment>volume.card_only</comment>
            <translation>Volumlisenser kan bare betales med kredittkort; PayPal, Bitcoin og Paymentwall godtas ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Volume licences start at {minimum} seats; for up to 4 extra users add accounts instead (you asked for {seats}).</source>
            <comment>volume.too_few_seats</comment>
            <translation>Volumlisenser starter på {minimum} lisenser; for opptil 4 ekstra brukere legger du heller til kontoer (du ba om {seats}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Will charge</source>
            <comment>report.charges</comment>
            <translation>Belastes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>With --db, name the subscription: --subscription ID.</source>
            <comment>cli.name_the_subscription</comment>
            <translation>Med --db må du angi abonnementet: --subscription ID.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>Without --db, give the terms: {missing}.</source>
            <comment>cli.give_the_terms</comment>
            <translation>Uten --db må du oppgi vilkårene: {missing}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>events were removed from its end: event {event} was seen on this computer on {seen} ({count} events then), and it is gone</source>
            <comment>audit.cut</comment>
            <translation>hendelser er fjernet fra slutten: Hendelse {event} ble sett på denne datamaskinen den {seen} (da var det {count} hendelser), og den er borte</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>events were removed from its end: event {event}, given as its head, is gone</source>
            <comment>audit.cut_below_printed</comment>
            <translation>hendelser er fjernet fra slutten: Hendelse {event}, som ble oppgitt som den siste, er borte</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>events were removed from its end: the backup {name} of {seen} holds event {event} ({count} events then), and the log no longer does</source>
            <comment>audit.cut_below_backup</comment>
            <translation>hendelser er fjernet fra slutten: Sikkerhetskopien {name} fra {seen} inneholder hendelse {event} (da var det {count} hendelser), men det gjør ikke loggen lenger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>every event was deleted: it held {count} events when this computer last saw it ({seen})</source>
            <comment>audit.emptied</comment>
            <translation>alle hendelsene er slettet: Den inneholdt {count} hendelser da denne datamaskinen sist så den ({seen})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>every event was deleted: the backup {name} of {seen} holds {count} events</source>
            <comment>audit.emptied_below_backup</comment>
            <translation>alle hendelsene er slettet: Sikkerhetskopien {name} fra {seen} inneholder {count} hendelser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>has the wrong type</source>
            <comment>import.json.wrong_type</comment>
            <translation>har feil type</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_refs.py" />
            <source>is connected to two seats (first in item {first}); a device uses one</source>
            <comment>import.json.two_seats</comment>
            <translation>er tilkoblet to lisenser (først i element {first}); en enhet bruker én</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_refs.py" />
            <source>is listed twice (first as item {first}); each must be listed once</source>
            <comment>import.json.listed_twice</comment>
            <translation>er oppført to ganger (først som element {first}); hver skal oppføres én gang</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>it does not follow the event before it (an event was removed or inserted)</source>
            <comment>audit.reason.not_following</comment>
            <translation>den henger ikke sammen med hendelsen før den (en hendelse er fjernet eller satt inn)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>it is empty, yet the roster holds records whose changes would have been logged</source>
            <comment>audit.empty_with_records</comment>
            <translation>den er tom, men lisensregisteret inneholder poster med endringer som ville ha blitt logget</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>it was rewritten outside an erasure (no people.erased event after it vouches for its text)</source>
            <comment>audit.reason.bad_erasure</comment>
            <translation>den er skrevet om utenom en sletting (ingen people.erased-hendelse etter den går god for teksten)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>its append-only protection is missing (triggers {names} were dropped), so events can be changed without a refusal</source>
            <comment>audit.no_triggers</comment>
            <translation>beskyttelsen mot endring og sletting mangler (triggerne {names} er fjernet), så hendelser kan endres uten å bli avvist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>its certificate was not accepted: {reason}</source>
            <comment>mail.certificate_refused</comment>
            <translation>sertifikatet ble ikke godtatt: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>its contents were changed after it was written</source>
            <comment>audit.reason.changed</comment>
            <translation>innholdet er endret etter at den ble skrevet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/holder_asks.py" />
            <source>keep</source>
            <comment>ask.answer.keep</comment>
            <translation>behold</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a date like 2026-11-22</source>
            <comment>import.json.must_be_date</comment>
            <translation>må være en dato som 2026-11-22</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a list</source>
            <comment>import.json.must_be_list</comment>
            <translation>må være en liste</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a pair [text, text]</source>
            <comment>import.json.must_be_pair</comment>
            <translation>må være et par [tekst, tekst]</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a whole number</source>
            <comment>import.json.must_be_whole</comment>
            <translation>må være et heltall</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a whole number from {least} to {most}</source>
            <comment>import.json.must_be_between</comment>
            <translation>må være et heltall fra {least} til {most}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be an object</source>
            <comment>import.json.must_be_object</comment>
            <translation>må være et objekt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be non-empty text</source>
            <comment>import.json.must_be_text</comment>
            <translation>må være tekst som ikke er tom</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be one of {allowed}</source>
            <comment>import.json.must_be_one_of</comment>
            <translation>må være en av {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be text</source>
            <comment>import.json.must_be_string</comment>
            <translation>må være tekst</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be true or false</source>
            <comment>import.json.must_be_flag</comment>
            <translation>må være true eller false</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_refs.py" />
            <source>names {what} {key}, which the file does not list</source>
            <comment>import.json.not_listed</comment>
            <translation>nevner {what} {key}, som filen ikke lister opp</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>network error</source>
            <comment>mail.network_error</comment>
            <translation>nettverksfeil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>no</source>
            <comment>report.not_applied</comment>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>purchase cost</source>
            <comment>import.snipeit.purchase_cost</comment>
            <translation>innkjøpspris</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/holder_asks.py" />
            <source>release</source>
            <comment>ask.answer.release</comment>
            <translation>frigi</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>renewal</source>
            <comment>review.detail.renewal</comment>
            <translation>fornyelsen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/writer.py" />
            <source>row</source>
            <comment>import.whole_row</comment>
            <translation>rad</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>seat count</source>
            <comment>import.snipeit.seat_count</comment>
            <translation>antall lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/messages.py" />
            <source>the account</source>
            <comment>record.the_account</comment>
            <translation>kontoen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/messages.py" />
            <source>the device</source>
            <comment>record.the_device</comment>
            <translation>enheten</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>the events up to {event} were rewritten and their hashes recomputed: event {event} does not have the hash it has in the backup {name} of {seen}</source>
            <comment>audit.rewritten_below_backup</comment>
            <translation>hendelsene til og med {event} er skrevet om og hashverdiene beregnet på nytt: Hendelse {event} har ikke hashverdien den har i sikkerhetskopien {name} fra {seen}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>the events up to {event} were rewritten and their hashes recomputed: event {event} no longer has the hash this computer saw on {seen}</source>
            <comment>audit.rewritten</comment>
            <translation>hendelsene til og med {event} er skrevet om og hashverdiene beregnet på nytt: Hendelse {event} har ikke lenger hashverdien denne datamaskinen så den {seen}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>the events up to {event} were rewritten: event {event}'s hash does not begin with {hash}, as given</source>
            <comment>audit.rewritten_below_printed</comment>
            <translation>hendelsene til og med {event} er skrevet om: Hashverdien til hendelse {event} begynner ikke med {hash}, slik det ble oppgitt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>the one-time code</source>
            <comment>delivery.the_one_time_code</comment>
            <translation>engangskoden</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/messages.py" />
            <source>the person</source>
            <comment>record.the_person</comment>
            <translation>personen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/messages.py" />
            <source>the seat</source>
            <comment>record.the_seat</comment>
            <translation>lisensen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/messages.py" />
            <source>the subscription</source>
            <comment>record.the_subscription</comment>
            <translation>abonnementet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>trial end</source>
            <comment>review.detail.trial_end</comment>
            <translation>prøveperioden slutter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/calendar_export.py" />
            <source>write failed</source>
            <comment>calendar.write_failed</comment>
            <translation>skrivingen mislyktes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>your subscription</source>
            <comment>mail.your_subscription</comment>
            <translation>abonnementet ditt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/price.py" />
            <source>{amount} is more than a price can be.</source>
            <comment>price.too_large</comment>
            <translation>{amount} er mer enn en pris kan være.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/writer.py" />
            <source>{bad} of {total} rows cannot be imported, so nothing was; first: row {line}, {column}: {reason}</source>
            <comment>import.rows_refused</comment>
            <translation>{bad} av {total} rader kan ikke importeres, så ingenting ble importert; første: rad {line}, {column}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/records.py" />
            <source>{cells} cells but {headers} headers</source>
            <comment>import.surplus_cells</comment>
            <translation>{cells} celler, men {headers} overskrifter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>{count} deadline(s) coming</source>
            <comment>remind.notice_title</comment>
            <translation>{count} frist(er) nærmer seg</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>{day} is outside the dates Seatkeeper keeps ({first} to {last}).</source>
            <comment>import.date.out_of_range</comment>
            <translation>{day} er utenfor datoene Seatkeeper tar vare på ({first} til {last}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>{device} is not an iPhone or iPad; App Store trials start on iOS.</source>
            <comment>device.not_ios</comment>
            <translation>{device} er ikke en iPhone eller iPad; gratis prøveperioder fra App Store starter på iOS.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/holder_asks.py" />
            <source>{email} answered “{answer}” (reply-by date {reply_by}).</source>
            <comment>ask.answer_note</comment>
            <translation>{email} svarte «{answer}» (svarfrist {reply_by}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/people.py" />
            <source>{email} holds no seat and no device; there is nothing to release.</source>
            <comment>people.nothing_held</comment>
            <translation>{email} har ingen lisens og ingen enhet; det er ingenting å frigi.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{email} holds {n} seats</source>
            <comment>review.detail.person_holds_two_seats</comment>
            <translation>{email} har {n} lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{email} is not in the directory file last imported</source>
            <comment>review.detail.holder_not_in_directory</comment>
            <translation>{email} finnes ikke i katalogfilen som sist ble importert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} cannot be read as a spreadsheet ({error}).</source>
            <comment>import.not_a_spreadsheet</comment>
            <translation>{file} kan ikke leses som et regneark ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} cannot be read as {encoding} text.</source>
            <comment>import.not_in_encoding</comment>
            <translation>{file} kan ikke leses som tekst i {encoding}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} expands to {size} bytes when unpacked ({part}); Seatkeeper reads workbooks up to {limit} bytes.</source>
            <comment>import.xlsx.too_big</comment>
            <translation>{file} blir {size} byte når den pakkes ut ({part}); Seatkeeper leser arbeidsbøker på opptil {limit} byte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} has a cell at {ref} longer than Excel allows ({most} characters).</source>
            <comment>import.xlsx.cell_too_long</comment>
            <translation>{file} har en celle i {ref} som er lengre enn Excel tillater ({most} tegn).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} has a cell at {ref}, beyond {most} columns; nothing was read past it.</source>
            <comment>import.xlsx.cell_outside</comment>
            <translation>{file} har en celle i {ref}, utenfor {most} kolonner; ingenting etter den ble lest.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} has an empty first sheet.</source>
            <comment>import.empty_sheet</comment>
            <translation>Det første arket i {file} er tomt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} has no worksheet.</source>
            <comment>import.xlsx.no_sheet</comment>
            <translation>{file} har ikke noe regneark.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_roster.py" />
            <source>{file} holds a number too long to be anything in a roster.</source>
            <comment>import.json.number_too_long</comment>
            <translation>{file} inneholder et tall som er for langt til å være noe i et lisensregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} holds {parts} parts; a workbook has a few dozen.</source>
            <comment>import.xlsx.too_many_parts</comment>
            <translation>{file} inneholder {parts} deler; en arbeidsbok har noen titalls.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} is not UTF-8 text; it reads as {encoding}: import it with that encoding (--encoding {encoding}), or save it as CSV UTF-8.</source>
            <comment>import.looks_like</comment>
            <translation>{file} er ikke UTF-8-tekst; den kan leses som {encoding}: Importer den med den tegnkodingen (--encoding {encoding}), eller lagre den som CSV UTF-8.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} is not UTF-8 text; save it as CSV UTF-8.</source>
            <comment>import.not_utf8</comment>
            <translation>{file} er ikke UTF-8-tekst; lagre den som CSV UTF-8.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} is not an Excel workbook (.xlsx) ({error}).</source>
            <comment>import.xlsx.not_a_workbook</comment>
            <translation>{file} er ikke en Excel-arbeidsbok (.xlsx) ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_roster.py" />
            <source>{file} is not valid JSON.</source>
            <comment>import.json.not_json</comment>
            <translation>{file} er ikke gyldig JSON.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} is {size} bytes; Seatkeeper imports files up to {limit} bytes.</source>
            <comment>import.too_large</comment>
            <translation>{file} er på {size} byte; Seatkeeper importerer filer på opptil {limit} byte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_roster.py" />
            <source>{file} names “{key}” twice in one object; which one is meant cannot be told, so nothing was imported.</source>
            <comment>import.json.duplicate_key</comment>
            <translation>{file} nevner «{key}» to ganger i ett objekt; det er umulig å si hvilken som menes, så ingenting ble importert.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file}'s first sheet spans {columns} columns and {rows} rows ({ref}); Seatkeeper reads up to {most} columns.</source>
            <comment>import.xlsx.too_wide</comment>
            <translation>Det første arket i {file} spenner over {columns} kolonner og {rows} rader ({ref}); Seatkeeper leser opptil {most} kolonner.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/bullets.py" />
            <source>{first}
{rest}</source>
            <comment>list.lines</comment>
            <translation>{first}
{rest}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/send_facts.py" />
            <source>{missing} of the chosen devices are no longer in the roster.</source>
            <comment>device.some_gone</comment>
            <translation>{missing} av de valgte enhetene finnes ikke lenger i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>{name} expires</source>
            <comment>deadlines.expires</comment>
            <translation>{name} utløper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>{name} has expired; resume it first.</source>
            <comment>subscription.expired_resume_first</comment>
            <translation>{name} er utløpt; gjenoppta det først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>{name} has no failed payment to resolve.</source>
            <comment>subscription.no_failed_payment</comment>
            <translation>{name} har ingen mislykket betaling å ordne.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>{name} is already {status}.</source>
            <comment>subscription.already_ended</comment>
            <translation>{name} har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>{name} is not cancelled or expired; there is nothing to resume.</source>
            <comment>subscription.nothing_to_resume</comment>
            <translation>{name} er verken kansellert eller utløpt; det er ingenting å gjenoppta.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>{name} renews</source>
            <comment>deadlines.renews</comment>
            <translation>{name} fornyes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>{name} was changed by someone else; reload it and try again.</source>
            <comment>subscription.changed_by_someone</comment>
            <translation>{name} er endret av noen andre; last det inn på nytt og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>{number} is outside {least}..{most}.</source>
            <comment>import.value.out_of_range</comment>
            <translation>{number} er utenfor {least}..{most}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>{n} day</source>
            <comment>deadlines.notice_days</comment>
            <translation>
                <numerusform>{n} dag</numerusform>
                <numerusform>{n} dager</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{n} devices connected, limit {lim}</source>
            <comment>review.detail.seat_over_device_limit</comment>
            <translation>{n} enheter tilkoblet, grensen er {lim}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{n} devices connected, {lim} slots</source>
            <comment>review.detail.subscription_over_device_limit</comment>
            <translation>{n} enheter tilkoblet, {lim} plasser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>{n} h</source>
            <comment>deadlines.notice_hours</comment>
            <translation>
                <numerusform>{n} t</numerusform>
                <numerusform>{n} t</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/people.py" />
            <source>{n} row(s) of the file cannot be read, so nothing was synced (first: row {line}, {column}: {reason}).</source>
            <comment>people.bad_rows</comment>
            <translation>{n} rad(er) i filen kan ikke leses, så ingenting ble synkronisert (første: rad {line}, {column}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{n} seats, bought {lim}</source>
            <comment>review.detail.subscription_over_seat_limit</comment>
            <translation>{n} lisenser, {lim} kjøpt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>{option} “{text}” is not a date; write it as YYYY-MM-DD.</source>
            <comment>cli.not_a_date</comment>
            <translation>{option} «{text}» er ikke en dato; skriv den som YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} cannot be opened as a roster. It was left untouched.</source>
            <comment>store.cannot_open</comment>
            <translation>{path} kan ikke åpnes som et lisensregister. Filen er ikke endret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} is a folder, not a roster file.</source>
            <comment>store.is_folder</comment>
            <translation>{path} er en mappe, ikke en lisensregisterfil.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} is an SQLite database, but not a Seatkeeper roster. It was left untouched.</source>
            <comment>store.not_a_roster</comment>
            <translation>{path} er en SQLite-database, men ikke et Seatkeeper-lisensregister. Filen er ikke endret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} is damaged (SQLite cannot read it). It was left untouched; restore it from a backup.</source>
            <comment>store.file_damaged</comment>
            <translation>{path} er skadet (SQLite kan ikke lese den). Filen er ikke endret; gjenopprett den fra en sikkerhetskopi.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} is not a Seatkeeper roster (it is not an SQLite database). It was left untouched.</source>
            <comment>store.not_sqlite</comment>
            <translation>{path} er ikke et Seatkeeper-lisensregister (det er ikke en SQLite-database). Filen er ikke endret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/__init__.py" />
            <source>{problem}</source>
            <comment>cli.bad_usage</comment>
            <translation>{problem}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/records.py" />
            <source>{reasons}</source>
            <comment>import.row_rejected</comment>
            <translation>{reasons}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>{roster} · as of {as_of} · deadlines within {n} day</source>
            <comment>report.meta</comment>
            <translation>
                <numerusform>{roster} · per {as_of} · frister innen {n} dag</numerusform>
                <numerusform>{roster} · per {as_of} · frister innen {n} dager</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>{seats} seat(s) were changed or removed after the review was applied, so it cannot be undone; nothing was changed.</source>
            <comment>review.undo_conflict</comment>
            <translation>{seats} lisens(er) ble endret eller fjernet etter at gjennomgangen ble utført, så den kan ikke angres; ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>{vendor} bills this channel in {billed} ({rule}), but this subscription is recorded in {recorded}: correct the roster.</source>
            <comment>terms.currency_mismatch</comment>
            <translation>{vendor} fakturerer denne kanalen i {billed} ({rule}), men dette abonnementet er registrert i {recorded}: Rett opp lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor} bills {channel} subscriptions in {currency} ({rule}); {given} is not accepted.</source>
            <comment>terms.wrong_currency</comment>
            <translation>{vendor} fakturerer {channel}-abonnementer i {currency} ({rule}); {given} godtas ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor}'s terms allow at most {limit} devices connected to a seat at once ({rule}); this row claims {claimed}.</source>
            <comment>terms.too_many_devices_per_seat</comment>
            <translation>Vilkårene til {vendor} tillater høyst {limit} enheter tilkoblet en lisens samtidig ({rule}); denne raden oppgir {claimed}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor}'s terms allow at most {limit} devices connected to one subscription at once ({rule}); this row claims {claimed}.</source>
            <comment>terms.too_many_devices_per_subscription</comment>
            <translation>Vilkårene til {vendor} tillater høyst {limit} enheter tilkoblet ett abonnement samtidig ({rule}); denne raden oppgir {claimed}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor}'s terms allow {limit} devices connected to a seat at once ({rule}); disconnect one first.</source>
            <comment>terms.seat_full</comment>
            <translation>Vilkårene til {vendor} tillater {limit} enheter tilkoblet en lisens samtidig ({rule}); koble fra én først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor}'s {channel} terms are built in from its published rules ({rules}); they cannot be changed here.</source>
            <comment>terms.built_in</comment>
            <translation>{channel}-vilkårene til {vendor} er innebygd ut fra de publiserte reglene ({rules}); de kan ikke endres her.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>{where} is damaged or is not a Seatkeeper roster. It was left untouched.</source>
            <comment>store.damaged</comment>
            <translation>{where} er skadet eller er ikke et Seatkeeper-lisensregister. Det er ikke endret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{where} is open read-only for review; nothing can be changed.</source>
            <comment>store.read_only</comment>
            <translation>{where} er åpnet skrivebeskyttet for gjennomgang; ingenting kan endres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>{where} was written by an older Seatkeeper and must be upgraded before it can be reviewed; open it once normally.</source>
            <comment>store.upgrade_to_review</comment>
            <translation>{where} er skrevet av en eldre utgave av Seatkeeper og må oppgraderes før det kan gjennomgås; åpne det én gang på vanlig måte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>“{address}” is not an e-mail address (e.g. anna@example.com).</source>
            <comment>delivery.not_an_address</comment>
            <translation>«{address}» er ikke en e-postadresse (f.eks. anna@example.com).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/holder_asks.py" />
            <source>“{answer}” is not an answer (keep or release).</source>
            <comment>ask.not_an_answer</comment>
            <translation>«{answer}» er ikke et svar (keep eller release).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>“{by}” is not a grouping (vendor, department, person or subscription).</source>
            <comment>spend.not_a_grouping</comment>
            <translation>«{by}» er ikke en gruppering (vendor, department, person eller subscription).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>“{code}” is not a country code (two letters, e.g. NO).</source>
            <comment>app_store.not_a_country</comment>
            <translation>«{code}» er ikke en landkode (to bokstaver, f.eks. NO).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>“{code}” is not a currency code (three letters, e.g. USD).</source>
            <comment>money.not_a_currency</comment>
            <translation>«{code}» er ikke en valutakode (tre bokstaver, f.eks. USD).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>“{code}” is not an ISO 4217 currency code (e.g. USD, EUR, NOK).</source>
            <comment>money.not_iso_currency</comment>
            <translation>«{code}» er ikke en ISO 4217-valutakode (f.eks. USD, EUR, NOK).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>“{decision}” is not a decision ({known}).</source>
            <comment>review.not_a_decision</comment>
            <translation>«{decision}» er ikke en beslutning ({known}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>“{device}” belongs to another vendor account.</source>
            <comment>device.other_account</comment>
            <translation>«{device}» tilhører en annen leverandørkonto.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>“{device}” is already connected to another seat; disconnect it there first.</source>
            <comment>device.connected_elsewhere</comment>
            <translation>«{device}» er allerede tilkoblet en annen lisens; koble den fra der først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>“{device}” is already connected to this seat; disconnect it there first.</source>
            <comment>device.connected_here</comment>
            <translation>«{device}» er allerede tilkoblet denne lisensen; koble den fra der først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>“{device}” is not connected to {seat}.</source>
            <comment>device.not_connected</comment>
            <translation>«{device}» er ikke tilkoblet {seat}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>“{device}” is still connected; {email} left on {left_on}</source>
            <comment>review.detail.leaver_device_connected</comment>
            <translation>«{device}» er fortsatt tilkoblet; {email} sluttet den {left_on}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>“{email}” is not a usable e-mail address: {reason}</source>
            <comment>volume.not_an_email</comment>
            <translation>«{email}» er ikke en brukbar e-postadresse: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>“{encoding}” is not an encoding Seatkeeper knows (e.g. utf-8, cp1252, latin-1, utf-16).</source>
            <comment>import.unknown_encoding</comment>
            <translation>«{encoding}» er ikke en tegnkoding Seatkeeper kjenner (f.eks. utf-8, cp1252, latin-1, utf-16).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/mapping.py" />
            <source>“{field}” is not a field Seatkeeper imports.</source>
            <comment>import.not_a_field</comment>
            <translation>«{field}» er ikke et felt Seatkeeper importerer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>“{fmt}” is not a rate file format (norges-bank or nationalbanken).</source>
            <comment>rates.file_format_unknown</comment>
            <translation>«{fmt}» er ikke et format for kursfiler (norges-bank eller nationalbanken).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/exports.py" />
            <source>“{fmt}” is not an export format (csv, xlsx, json, html, ics or pdf).</source>
            <comment>transfer.export_format_unknown</comment>
            <translation>«{fmt}» er ikke et eksportformat (csv, xlsx, json, html, ics eller pdf).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/imports.py" />
            <source>“{fmt}” is not an import format (csv, xlsx, snipeit or json).</source>
            <comment>transfer.import_format_unknown</comment>
            <translation>«{fmt}» er ikke et importformat (csv, xlsx, snipeit eller json).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>“{format}” is not a directory format (entra, google or csv).</source>
            <comment>people.not_a_format</comment>
            <translation>«{format}» er ikke et katalogformat (entra, google eller csv).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/exporting.py" />
            <source>“{format}” is not an export format (csv, xlsx or json).</source>
            <comment>export.not_a_format</comment>
            <translation>«{format}» er ikke et eksportformat (csv, xlsx eller json).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/mapping.py" />
            <source>“{format}” is not an import format (csv or snipeit).</source>
            <comment>import.not_a_format</comment>
            <translation>«{format}» er ikke et importformat (csv eller snipeit).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>“{licence}” has {seats} seat(s), all checked out by earlier rows (from row {first}); this row's user gets none.</source>
            <comment>import.snipeit.no_free_seat</comment>
            <translation>«{licence}» har {seats} lisens(er), alle utlånt til tidligere rader (fra rad {first}); brukeren i denne raden får ingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/writer.py" />
            <source>“{mode}” is not an import mode (stop or skip_bad).</source>
            <comment>import.not_a_mode</comment>
            <translation>«{mode}» er ikke en importmodus (stop eller skip_bad).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/plans.py" />
            <source>“{name}” is already {status}.</source>
            <comment>plan.already_ended</comment>
            <translation>«{name}» har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>“{name}” is not a volume subscription; seats are added only to volume subscriptions.</source>
            <comment>subscription.not_volume</comment>
            <translation>«{name}» er ikke et volumlisensabonnement; lisenser kan bare legges til i volumlisensabonnementer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>“{name}” is {status} and will not renew; seats cannot be added. Start a new plan once every seat is cancelled.</source>
            <comment>subscription.will_not_renew</comment>
            <translation>«{name}» har status {status} og fornyes ikke; lisenser kan ikke legges til. Start en ny plan når alle lisensene er kansellert.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/plans.py" />
            <source>“{name}” was changed by someone else since you opened it; reload it and try again.</source>
            <comment>subscription.changed_meanwhile</comment>
            <translation>«{name}» er endret av noen andre siden du åpnet det; last det inn på nytt og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>“{sender}” is not a sender address (e.g. it@example.com).</source>
            <comment>mail.settings.bad_sender</comment>
            <translation>«{sender}» er ikke en avsenderadresse (f.eks. it@example.com).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/plan.py" />
            <source>“{start}…” is {length} characters long; the roster keeps at most {limit}.</source>
            <comment>import.too_long</comment>
            <translation>«{start}…» er {length} tegn langt; lisensregisteret tar høyst {limit}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{tag}” is not a locale Seatkeeper reads files in; choose one of {known}.</source>
            <comment>import.locale.unknown</comment>
            <translation>«{tag}» er ikke en nasjonal innstilling Seatkeeper kan lese filer i; velg en av {known}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” could be {one} or {other} (day first, or month first as in the US); write it as 2026-03-15 (year first) so it reads one way.</source>
            <comment>import.date.ambiguous</comment>
            <translation>«{text}» kan være {one} eller {other} (dag først, eller måned først som i USA); skriv den som 2026-03-15 (år først), så den bare kan leses på én måte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” could be {one} or {other}: the mark may group thousands or start the decimals; write it with its decimals (e.g. {example}) so it reads one way.</source>
            <comment>import.amount.ambiguous</comment>
            <translation>«{text}» kan være {one} eller {other}: Tegnet kan skille tusener eller innlede desimalene; skriv det med desimaler (f.eks. {example}), så det bare kan leses på én måte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” has more decimals than {currency} has ({places}); Seatkeeper does not round a stated price.</source>
            <comment>import.amount.too_many_decimals</comment>
            <translation>«{text}» har flere desimaler enn {currency} har ({places}); Seatkeeper runder ikke av en oppgitt pris.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” has no time zone (write +00:00 for UTC).</source>
            <comment>import.value.no_time_zone</comment>
            <translation>«{text}» har ingen tidssone (skriv +00:00 for UTC).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is in {symbol}, but the row's currency is {currency}.</source>
            <comment>import.value.other_currency</comment>
            <translation>«{text}» er i {symbol}, men valutaen i raden er {currency}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is negative; a price cannot be.</source>
            <comment>import.value.negative_price</comment>
            <translation>«{text}» er negativ; en pris kan ikke være det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/location.py" />
            <source>“{text}” is neither a file path nor a database URL.</source>
            <comment>store.not_a_location</comment>
            <translation>«{text}» er verken en filbane eller en database-URL.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is not a date (in {locale}, write e.g. {example} or 2026-03-15).</source>
            <comment>import.date.not_a_date</comment>
            <translation>«{text}» er ikke en dato (for {locale}, skriv f.eks. {example} eller 2026-03-15).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is not a date and time.</source>
            <comment>import.value.not_an_instant</comment>
            <translation>«{text}» er ikke en dato og et klokkeslett.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is not a date on the calendar.</source>
            <comment>import.date.not_on_calendar</comment>
            <translation>«{text}» er ikke en dato som finnes i kalenderen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>“{text}” is not a date or period</source>
            <comment>rates.bad_period</comment>
            <translation>«{text}» er ikke en dato eller en periode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is not a notice period; write the days, e.g. 30 or “30 days”.</source>
            <comment>import.value.not_a_notice</comment>
            <translation>«{text}» er ikke en oppsigelsestid; skriv antall dager, f.eks. 30 eller «30 days».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>“{text}” is not a status (active, cancelled, expired, payment_failed, or the words of Seatkeeper's export).</source>
            <comment>import.value.not_a_status</comment>
            <translation>«{text}» er ikke en status (active, cancelled, expired, payment_failed eller ordene i eksporten fra Seatkeeper).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>“{text}” is not a version number (e.g. 7.3.7).</source>
            <comment>app_store.not_a_version</comment>
            <translation>«{text}» er ikke et versjonsnummer (f.eks. 7.3.7).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is not a whole number.</source>
            <comment>import.value.not_whole</comment>
            <translation>«{text}» er ikke et heltall.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/deadlines.py" />
            <source>“{text}” is not an ISO 8601 date and time.</source>
            <comment>cli.not_an_instant</comment>
            <translation>«{text}» er ikke en dato og et klokkeslett i ISO 8601-format.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is not an amount as {locale} writes it (the decimal mark there is “{decimal}”, e.g. {example}); is the file in another locale?</source>
            <comment>import.amount.not_in_locale</comment>
            <translation>«{text}» er ikke et beløp slik det skrives i {locale} (desimaltegnet der er «{decimal}», f.eks. {example}); har filen en annen nasjonal innstilling?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>“{text}” is not an amount of money.</source>
            <comment>money.not_an_amount</comment>
            <translation>«{text}» er ikke et pengebeløp.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is not an amount.</source>
            <comment>import.amount.not_an_amount</comment>
            <translation>«{text}» er ikke et beløp.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rates.py" />
            <source>“{text}” is not an exchange rate (a positive number).</source>
            <comment>rates.not_a_rate</comment>
            <translation>«{text}» er ikke en valutakurs (et positivt tall).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>“{text}” is not one of {allowed}.</source>
            <comment>import.value.not_one_of</comment>
            <translation>«{text}» er ikke en av {allowed}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/price.py" />
            <source>“{text}” is not what a price buys (per_seat or total).</source>
            <comment>price.not_a_basis</comment>
            <translation>«{text}» er ikke noe en pris kan gjelde (per_seat eller total).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is not yes or no (write true/false, yes/no or 1/0).</source>
            <comment>import.value.not_yes_no</comment>
            <translation>«{text}» er verken ja eller nei (skriv true/false, yes/no eller 1/0).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/terms_commands.py" />
            <source>“{text}” is not yes or no.</source>
            <comment>cli.not_yes_no</comment>
            <translation>«{text}» er verken «yes» eller «no».</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is too large to be a price.</source>
            <comment>import.value.price_too_large</comment>
            <translation>«{text}» er for stort til å være en pris.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is written month first, as in the US, but the file's locale is {locale}; choose en-US for this file or write the date year first.</source>
            <comment>import.date.us_elsewhere</comment>
            <translation>«{text}» er skrevet med måneden først, som i USA, men filens nasjonale innstilling er {locale}; velg en-US for denne filen, eller skriv datoen med året først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>“{text}” names no ISO 4217 currency</source>
            <comment>rates.bad_currency</comment>
            <translation>«{text}» er ingen ISO 4217-valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}”: “kr” is the sign of NOK, DKK, SEK and ISK, and the file's locale ({locale}) says none of them; write the code.</source>
            <comment>import.amount.krone_unknown</comment>
            <translation>«{text}»: «kr» er tegnet for NOK, DKK, SEK og ISK, og filens nasjonale innstilling ({locale}) angir ingen av dem; skriv valutakoden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>“{value}” is not a status Seatkeeper knows (active or left; {known}).</source>
            <comment>people.unknown_status</comment>
            <translation>«{value}» er ikke en status Seatkeeper kjenner (active eller left; {known}).</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source> months</source>
            <translation> måneder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>&amp;Billing cycle:</source>
            <translation>&amp;Faktureringssyklus:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>&amp;Last four digits:</source>
            <translation>&amp;Siste fire sifre:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>&amp;Seats:</source>
            <translation>&amp;Lisenser:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>Card &amp;brand:</source>
            <translation>Kort&amp;merke:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>Every seat of “{title}” is cancelled, so a new plan can start: new seats, a new billing cycle from today, paid by credit card.</source>
            <translation>Alle lisensene i «{title}» er kansellert, så en ny plan kan starte: nye lisenser og en ny faktureringssyklus fra i dag, betalt med kredittkort.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>S&amp;tart plan</source>
            <translation>S&amp;tart planen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>Start a new plan</source>
            <translation>Start en ny plan</translation>
        </message>
    </context>
    <context>
        <name>PeopleActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/people.py" />
            <source>&amp;Erase a person's data…</source>
            <translation>S&amp;lett data om en person…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/people.py" />
            <source>E&amp;xport a person's data…</source>
            <translation>Ekspo&amp;rter data om en person…</translation>
        </message>
    </context>
    <context>
        <name>PeopleScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>&amp;Import directory…</source>
            <translation>&amp;Importer katalog…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>&amp;Release leaver's seats…</source>
            <translation>&amp;Frigi lisensene til en som har sluttet…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>1 person</source>
            <translation>1 person</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Department</source>
            <translation>Avdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Devices connected to their seats</source>
            <translation>Enheter tilkoblet lisensene deres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Directory</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Directory id</source>
            <translation>Katalog-ID</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Filter by name, e-mail, department or status (Ctrl+F)</source>
            <translation>Filtrer på navn, e-post, avdeling eller status (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Holds no seat.</source>
            <translation>Har ingen lisens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>In the directory file last imported</source>
            <translation>I katalogfilen som sist ble importert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Left on</source>
            <translation>Sluttdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>No device connected.</source>
            <translation>Ingen enhet tilkoblet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>No directory imported yet</source>
            <translation>Ingen katalog er importert ennå</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Not in the directory file last imported</source>
            <translation>Ikke i katalogfilen som sist ble importert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Release leaver's seats</source>
            <translation>Frigi lisensene til en som har sluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Seats held</source>
            <translation>Tildelte lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Select a person to see their seats and devices.</source>
            <translation>Velg en person for å se lisensene og enhetene til vedkommende.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Select someone who left and still holds a seat.</source>
            <translation>Velg en som har sluttet og fortsatt har en lisens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>The roster is open read-only; nothing can be changed.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet; ingenting kan endres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>{count} people</source>
            <translation>{count} personer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>{device} ({platform}) · {seat}</source>
            <translation>{device} ({platform}) · {seat}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>{seat} · {subscription}</source>
            <translation>{seat} · {subscription}</translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Department</source>
            <translation>Avdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Devices</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Left</source>
            <translation>Sluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Left on</source>
            <translation>Sluttdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Left, but still holds {seats} seat(s) and {devices} device(s).</source>
            <translation>Har sluttet, men har fortsatt {seats} lisens(er) og {devices} enhet(er).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Not in the directory file last imported.</source>
            <translation>Ikke i katalogfilen som sist ble importert.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Seats</source>
            <translation>Lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>PersonDataDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Bla gjennom…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>&amp;Look up</source>
            <translation>&amp;Slå opp</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>An access request: everything the roster holds about one person (their record, the seats they hold and held, and the audit events that name them), saved as a JSON file.</source>
            <translation>Et innsynskrav: alt lisensregisteret inneholder om én person (personposten, lisensene vedkommende har og har hatt, og revisjonshendelsene som nevner vedkommende), lagret som en JSON-fil.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>E&amp;xport</source>
            <translation>E&amp;ksporter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Erase &amp;permanently</source>
            <translation>Slett &amp;permanent</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Erase a person's data</source>
            <translation>Slett data om en person</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Erasing…</source>
            <translation>Sletter…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Erasure cannot be undone. Backups made before it still hold the data until they are replaced; restoring one brings it back.</source>
            <translation>Slettingen kan ikke angres. Sikkerhetskopier som er tatt før den, inneholder fortsatt dataene til de blir erstattet; hvis du gjenoppretter en av dem, kommer dataene tilbake.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Export a person's data</source>
            <translation>Eksporter data om en person</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Exporting…</source>
            <translation>Eksporterer…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Look the person up to see what will be erased.</source>
            <translation>Slå opp personen for å se hva som blir slettet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Looking up…</source>
            <translation>Slår opp…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Person's &amp;e-mail address:</source>
            <translation>Personens &amp;e-postadresse:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Ready: this erases the data above for good.</source>
            <translation>Klar: Dette sletter dataene ovenfor for godt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Removes one person's personal data everywhere in the roster: their seats are released, devices named after them renamed, and their name and e-mail address taken out of every table and every audit event. The audit log still verifies; one event records that an erasure was made, naming no one.</source>
            <translation>Fjerner personopplysningene om én person overalt i lisensregisteret: Lisensene til vedkommende frigis, enheter som er oppkalt etter vedkommende, får nytt navn, og navnet og e-postadressen fjernes fra alle tabeller og alle revisjonshendelser. Revisjonsloggen kan fortsatt verifiseres; én hendelse registrerer at en sletting er utført, uten å nevne noen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Save &amp;to:</source>
            <translation>Lagre &amp;i:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Save the person's data to</source>
            <translation>Lagre personens data i</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Saved to {path}.</source>
            <translation>Lagret i {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>The person's data was erased ({count} audit event(s) rewritten).</source>
            <translation>Personens data er slettet ({count} revisjonshendelse(r) skrevet om).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>The person's record (name and e-mail address)</source>
            <translation>Personposten (navn og e-postadresse)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>The same e-mail address again</source>
            <translation>Samme e-postadresse en gang til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Type the address again to &amp;confirm:</source>
            <translation>Skriv adressen på nytt for å &amp;bekrefte:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Type the e-mail address again below to confirm.</source>
            <translation>Skriv e-postadressen på nytt nedenfor for å bekrefte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Type the e-mail address and look the person up.</source>
            <translation>Skriv inn e-postadressen og slå opp personen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Type the person's e-mail address and where to save.</source>
            <translation>Skriv inn personens e-postadresse og hvor dataene skal lagres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Will be erased:</source>
            <translation>Blir slettet:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>name@example.com</source>
            <translation>navn@example.com</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} audit event(s) rewritten without their data (the log still verifies)</source>
            <translation>{count} revisjonshendelse(r) skrevet om uten dataene (loggen kan fortsatt verifiseres)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} device(s) disconnected from their seats</source>
            <translation>{count} enhet(er) koblet fra lisensene til vedkommende</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} device(s) named after them renamed</source>
            <translation>{count} enhet(er) oppkalt etter vedkommende får nytt navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} licence registration(s)</source>
            <translation>{count} lisensregistrering(er)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} reminder answer(s) and notice(s)</source>
            <translation>{count} svar på påminnelser og varsler</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} review decision(s)</source>
            <translation>{count} beslutning(er) fra gjennomganger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} row(s) of seat history</source>
            <translation>{count} rad(er) i lisenshistorikken</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} seat(s) released</source>
            <translation>{count} lisens(er) frigitt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} sign-off(s) in their name</source>
            <translation>{count} godkjenning(er) i vedkommendes navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} undo record(s) of a review</source>
            <translation>{count} angrepost(er) fra en gjennomgang</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{n} deliveries to them</source>
            <translation>
                <numerusform>{n} levering til vedkommende</numerusform>
                <numerusform>{n} leveringer til vedkommende</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PurchaseWizard</name>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source> months</source>
            <translation> måneder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>&amp;Account:</source>
            <translation>&amp;Konto:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>&amp;Add seats to a volume subscription</source>
            <translation>&amp;Legg til lisenser i et volumlisensabonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>&amp;Billing cycle:</source>
            <translation>&amp;Faktureringssyklus:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Bitcoin</source>
            <translation>&amp;Bitcoin</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Credit card</source>
            <translation>&amp;Kredittkort</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Last four digits:</source>
            <translation>&amp;Siste fire sifre:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Name in the roster:</source>
            <translation>&amp;Navn i lisensregisteret:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>&amp;New volume subscription</source>
            <translation>&amp;Nytt volumlisensabonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>&amp;Record the request</source>
            <translation>&amp;Registrer forespørselen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A request was recorded for this account. To buy for another account, cancel the wizard and start again.</source>
            <translation>En forespørsel er registrert for denne kontoen. For å kjøpe for en annen konto avbryter du veiviseren og begynner på nytt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A volume purchase goes requested → approved → completed. Record the request, then mark it approved when the vendor says so.</source>
            <translation>Et volumkjøp går fra forespurt → godkjent → fullført. Registrer forespørselen, og merk den som godkjent når leverandøren bekrefter det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A&amp;pproved by the vendor</source>
            <translation>&amp;Godkjent av leverandøren</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Account: {vendor} (owner {owner_email})</source>
            <translation>Konto: {vendor} (eier {owner_email})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>All amounts in {currency}.</source>
            <translation>Alle beløp i {currency}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Amount due</source>
            <translation>Å betale</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Any number of seats can be added at any time.</source>
            <translation>Et hvilket som helst antall lisenser kan legges til når som helst.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Approved. Next: choose the seats and the billing cycle.</source>
            <translation>Godkjent. Neste trinn: Velg lisenser og faktureringssyklus.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Billing cycle</source>
            <translation>Faktureringssyklus</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Card &amp;brand:</source>
            <translation>Kort&amp;merke:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Charged for the whole months left; the renewal date stays.</source>
            <translation>Belastes for hele måneder som er igjen; fornyelsesdatoen er uendret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Check the calculation. Finish completes the purchase and adds the seats to the roster.</source>
            <translation>Kontroller beregningen. Med Fullfør gjennomføres kjøpet, og lisensene legges til i lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Checking…</source>
            <translation>Kontrollerer…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Choose the brand…</source>
            <translation>Velg kortmerke…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Credit from the current subscription</source>
            <translation>Kreditt fra nåværende abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/common.py" />
            <source>Enter the monthly price of one seat, e.g. 8.32.</source>
            <translation>Oppgi månedsprisen for én lisens, f.eks. 8,32.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Five seats or more for one vendor account, paid by credit card. The vendor approves the request first.</source>
            <translation>Fem lisenser eller flere for én leverandørkonto, betalt med kredittkort. Leverandøren godkjenner forespørselen først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>How many seats, how long each billing cycle is, and what one seat costs per month.</source>
            <translation>Hvor mange lisenser, hvor lang hver faktureringssyklus er, og hva én lisens koster per måned.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Loading the vendor accounts…</source>
            <translation>Laster inn leverandørkontoene…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Loading the volume subscriptions…</source>
            <translation>Laster inn volumlisensabonnementene…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Looking up the payment methods the vendor accepts…</source>
            <translation>Slår opp betalingsmetodene leverandøren godtar…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Marking the request approved…</source>
            <translation>Merker forespørselen som godkjent…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Monthly &amp;price per seat:</source>
            <translation>Månedlig &amp;pris per lisens:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Monthly price per seat</source>
            <translation>Månedlig pris per lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Months left</source>
            <translation>Måneder igjen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next is disabled until the vendor has approved the request: only an approved request can be completed.</source>
            <translation>Neste er deaktivert til leverandøren har godkjent forespørselen: Bare en godkjent forespørsel kan fullføres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next is disabled: record the purchase request first.</source>
            <translation>Neste er deaktivert: Registrer kjøpsforespørselen først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next: record the purchase request for this account.</source>
            <translation>Neste trinn: Registrer kjøpsforespørselen for denne kontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>No request recorded yet.</source>
            <translation>Ingen forespørsel er registrert ennå.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Number of &amp;seats:</source>
            <translation>Antall &amp;lisenser:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Number of seats</source>
            <translation>Antall lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Paid by</source>
            <translation>Betalt med</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Paid by {method}.</source>
            <translation>Betales med {method}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Pay&amp;Pal</source>
            <translation>Pay&amp;Pal</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Payment</source>
            <translation>Betaling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Payment method</source>
            <translation>Betalingsmetode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Payment&amp;wall</source>
            <translation>Payment&amp;wall</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Purchase not saved</source>
            <translation>Kjøpet ble ikke lagret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Purchase saved.</source>
            <translation>Kjøpet er lagret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Purchase seats</source>
            <translation>Kjøp lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Recording the request…</source>
            <translation>Registrerer forespørselen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Renewal date</source>
            <translation>Fornyelsesdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Request</source>
            <translation>Forespørsel</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request #{order_id} is {status}.</source>
            <translation>Forespørsel nr. {order_id} har status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request #{order_id} recorded — waiting for the vendor's approval.</source>
            <translation>Forespørsel nr. {order_id} er registrert — venter på godkjenning fra leverandøren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request and approval</source>
            <translation>Forespørsel og godkjenning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Review and finish</source>
            <translation>Kontroller og fullfør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Saving the purchase…</source>
            <translation>Lagrer kjøpet…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Seatkeeper keeps only the card brand and its last four digits.</source>
            <translation>Seatkeeper tar bare vare på kortmerket og de fire siste sifrene.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Seats</source>
            <translation>Lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats added to “{choice}” renew with it on {renewal_date}.</source>
            <translation>Lisenser som legges til i «{choice}», fornyes sammen med det den {renewal_date}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Seats and billing cycle</source>
            <translation>Lisenser og faktureringssyklus</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Seats join a running volume subscription, are charged for the months left, and renew with it on the same date.</source>
            <translation>Lisensene legges til i et løpende volumlisensabonnement, belastes for månedene som er igjen, og fornyes sammen med det på samme dato.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats to &amp;add:</source>
            <translation>Lisenser å &amp;legge til:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats to add</source>
            <translation>Lisenser å legge til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>The current individual subscription keeps running; its unused credit is taken off this first invoice. All amounts in {currency}.</source>
            <translation>Det nåværende individuelle abonnementet fortsetter å løpe; den ubrukte kreditten trekkes fra denne første fakturaen. Alle beløp i {currency}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>The roster has no vendor account. A volume licence can be requested only for an existing vendor account; add or buy the account first.</source>
            <translation>Lisensregisteret har ingen leverandørkonto. Volumlisenser kan bare bestilles for en eksisterende leverandørkonto; legg til eller kjøp kontoen først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>The roster has no volume subscription yet; choose “New volume subscription” instead.</source>
            <translation>Lisensregisteret har ikke noe volumlisensabonnement ennå; velg «Nytt volumlisensabonnement» i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Vendor account</source>
            <translation>Leverandørkonto</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Volume licence ({seats} seats)</source>
            <translation>Volumlisens ({seats} lisenser)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Volume subscription</source>
            <translation>Volumlisensabonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Volume subscription bought: {count} seats ({licence_ids} to {licence_ids2}), {amount_due} due.</source>
            <translation>Volumlisensabonnement kjøpt: {count} lisenser ({licence_ids} til {licence_ids2}), {amount_due} å betale.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Volume subscriptions</source>
            <translation>Volumlisensabonnementer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>What would you like to buy?</source>
            <translation>Hva vil du kjøpe?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Which vendor account is the volume licence for? Its owner controls every seat.</source>
            <translation>Hvilken leverandørkonto gjelder volumlisensen? Eieren av kontoen styrer alle lisensene.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Which volume subscription gets the new seats?</source>
            <translation>Hvilket volumlisensabonnement skal få de nye lisensene?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Working out the amount due…</source>
            <translation>Beregner beløpet som skal betales…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Working out the price…</source>
            <translation>Beregner prisen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>e.g. 8.32</source>
            <translation>f.eks. 8,32</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>the card on file for this subscription</source>
            <translation>kortet som er registrert for dette abonnementet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{card_brand} ending {card_last4}</source>
            <translation>{card_brand} som slutter på {card_last4}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{choice} — {vendor} · {seats} · renews {renewal_date} · {status}</source>
            <translation>{choice} — {vendor} · {seats} · fornyes {renewal_date} · {status}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{credit_available} available, {credit_used} used</source>
            <translation>{credit_available} tilgjengelig, {credit_used} brukt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{currenttext} ending {last4}.</source>
            <translation>{currenttext} som slutter på {last4}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{months} (until the renewal)</source>
            <translation>{months} (til fornyelsen)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{months} months, renews on {renews}</source>
            <translation>{months} måneder, fornyes {renews}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{renewal_date} (unchanged)</source>
            <translation>{renewal_date} (uendret)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>{seats} added ({licence_ids} to {licence_ids2}) for {total}; renewal date unchanged.</source>
            <translation>{seats} lagt til ({licence_ids} til {licence_ids2}) for {total}; fornyelsesdatoen er uendret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{seats} seats for {months} months: {total}.</source>
            <translation>{seats} lisenser i {months} måneder: {total}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {months} months = {total}</source>
            <translation>{seats} lisenser × {unit_monthly_price} × {months} måneder = {total}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {plan_months} months = {price}</source>
            <translation>{seats} lisenser × {unit_monthly_price} × {plan_months} måneder = {price}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {plan_months} months = {price}. Credit and the amount due are on the review page.</source>
            <translation>{seats} lisenser × {unit_monthly_price} × {plan_months} måneder = {price}. Kreditt og beløpet som skal betales, vises på kontrollsiden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{vendor}'s accepted payment methods are not known: check with the vendor that it takes the one you choose.</source>
            <translation>Det er ikke kjent hvilke betalingsmetoder {vendor} godtar: Sjekk med leverandøren at metoden du velger, godtas.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{vendor}'s terms for a volume purchase ({rule}): paid by {methods}.</source>
            <translation>Vilkårene til {vendor} for volumkjøp ({rule}): betaling med {methods}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{vendor}'s terms: paid by {methods}.</source>
            <translation>Vilkårene til {vendor}: betaling med {methods}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/common.py" />
            <source>“{value}” is not a price; type digits with a decimal point, e.g. 8.32.</source>
            <translation>«{value}» er ikke en pris; skriv sifre med desimalkomma, f.eks. 8,32.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Stasjon</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Mappe</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Merk alt</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Opp ett trinn</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Ned ett trinn</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Velg</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Slett</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Se i:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Ny mappe</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Åpne</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Gi nytt navn</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Alle filer (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Bytt til detaljvisning</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Bytt til listevisning</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Lag ny mappe</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Lag en ny mappe</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detaljvisning</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Fil&amp;navn:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Filer</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer av &amp;typen:</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Fram</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Gå tilbake</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Gå fram</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Gå til overordnet mappe</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Listevisning</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Liste over steder og bokmerker</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Overordnet mappe</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Lagre som</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Vis &amp;skjulte filer</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Sidestolpe</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Datamaskin</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Endret</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Skriv inn en verdi:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lim inn</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Klipp &amp;ut</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Merk alt</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation>Skjul detaljer …</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Vis detaljer …</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nei</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Bruk</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;ei til alle</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Tilbakestill</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Gjenopprett standardverdier</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Prøv igjen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lagre alle</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ja til &amp;alle</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopier &amp;lenkeadresse</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Merk alt</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Fullfør</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Neste</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Neste &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Tilbake</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Utfør</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsett</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ferdig</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Gå tilbake</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>&amp;Date:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>&amp;Is this many:</source>
            <translation>&amp;Tilsvarer:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>1 unit of:</source>
            <translation>1 enhet av:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>Exchange rate</source>
            <translation>Valutakurs</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>Of:</source>
            <translation>Valuta:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>The rate a bank published for a day. Amounts are converted with the latest rate on or before their date.</source>
            <translation>Kursen en bank publiserte for en dag. Beløp omregnes med den siste kursen på eller før datoen deres.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseLeaver</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>&amp;Release {seats} seat(s)</source>
            <translation>&amp;Frigi {seats} lisens(er)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Devices:</source>
            <translation>Enheter:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Each change goes into the audit log; Edit → Undo gives them back in one step.</source>
            <translation>Hver endring føres i revisjonsloggen; Rediger → Angre tilbakestiller alt i ett trinn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Free {seats} seat(s) and disconnect {devices} device(s)?</source>
            <translation>Vil du frigi {seats} lisens(er) og koble fra {devices} enhet(er)?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Release leaver's seats</source>
            <translation>Frigi lisensene til en som har sluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Release the seats of {name}</source>
            <translation>Frigi lisensene til {name}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Released {seats} seat(s) and {devices} device(s) of {name}.</source>
            <translation>{seats} lisens(er) og {devices} enhet(er) for {name} er frigitt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Seats:</source>
            <translation>Lisenser:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>{who} is still active in the directory.</source>
            <translation>{who} er fortsatt aktiv i katalogen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>{who} left on {day}.</source>
            <translation>{who} sluttet den {day}.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>&amp;Reminder lead times…</source>
            <translation>&amp;Varseltid for påminnelser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>All reminders…</source>
            <translation>Alle påminnelser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Deadline coming</source>
            <translation>Frist nærmer seg</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Dismiss</source>
            <translation>Avvis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Re&amp;minders…</source>
            <translation>På&amp;minnelser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Remind me while Seatkeeper is &amp;closed</source>
            <translation>Påminn meg mens Seatkeeper er &amp;lukket</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminder not changed</source>
            <translation>Påminnelsen ble ikke endret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Reminder:</source>
            <translation>Påminnelse:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminders come only while Seatkeeper is open.</source>
            <translation>Påminnelser kommer bare mens Seatkeeper er åpent.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminders now also come while Seatkeeper is closed (every hour).</source>
            <translation>Påminnelser kommer nå også mens Seatkeeper er lukket (hver time).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminders…</source>
            <translation>Påminnelser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Show fewer reminders</source>
            <translation>Vis færre påminnelser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Show {n} more reminder(s)…</source>
            <translation>
                <numerusform>Vis {n} påminnelse til…</numerusform>
                <numerusform>Vis {n} påminnelser til…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Snooze 1 day</source>
            <translation>Utsett 1 dag</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>This roster is open for read-only review, so settings cannot be changed.</source>
            <translation>Dette lisensregisteret er åpnet skrivebeskyttet for gjennomgang, så innstillingene kan ikke endres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>will be charged</source>
            <translation>blir belastet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>will lapse</source>
            <translation>opphører</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>{amount} will be charged</source>
            <translation>{amount} blir belastet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>{days} d {hours} h left</source>
            <translation>{days} d {hours} t igjen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>{hours} h {minutes} min left</source>
            <translation>{hours} t {minutes} min igjen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>{n} deadlines coming</source>
            <translation>
                <numerusform>{n} frist nærmer seg</numerusform>
                <numerusform>{n} frister nærmer seg</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>{title}: {when} ({left}); {what}.</source>
            <translation>{title}: {when} ({left}); {what}.</translation>
        </message>
    </context>
    <context>
        <name>RemindersDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>&amp;Dismiss</source>
            <translation>&amp;Avvis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>&amp;Keep and renew</source>
            <translation>&amp;Behold og forny</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>&amp;Reopen</source>
            <translation>&amp;Gjenåpne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>&amp;Snooze until</source>
            <translation>&amp;Utsett til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Dismissed</source>
            <translation>Avvist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Due</source>
            <translation>Forfaller</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Handled: cancelled</source>
            <translation>Behandlet: kansellert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Handled: keep and renew</source>
            <translation>Behandlet: behold og forny</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>I &amp;cancelled it</source>
            <translation>Jeg har &amp;kansellert det</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>I cancelled it (in the store or at the vendor).</source>
            <translation>Jeg har kansellert det (i butikken eller hos leverandøren).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>If nothing is done</source>
            <translation>Hvis ingenting gjøres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>No deadline is within its reminder lead time.</source>
            <translation>Ingen frist er innenfor varseltiden for påminnelse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Open</source>
            <translation>Åpen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Open reminders charge {amounts} if nothing is done.</source>
            <translation>Hvis ingenting gjøres, belastes {amounts} for åpne påminnelser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Reminders</source>
            <translation>Påminnelser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Snoozed</source>
            <translation>Utsatt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Snoozed until {when}</source>
            <translation>Utsatt til {when}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Time left</source>
            <translation>Tid igjen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>charged</source>
            <translation>belastes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>lapses</source>
            <translation>opphører</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>&amp;Restore…</source>
            <translation>&amp;Gjenopprett…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Backups</source>
            <translation>Sikkerhetskopier</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Choose the copy of {roster} to put back. The roster as it is now is copied first, so this can be undone the same way.</source>
            <translation>Velg kopien av {roster} som skal settes tilbake. Lisensregisteret slik det er nå, kopieres først, så dette kan angres på samme måte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Restore from backup</source>
            <translation>Gjenopprett fra sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>There are no backups of this roster yet. One is taken once a day when Seatkeeper starts, and before every upgrade.</source>
            <translation>Det finnes ingen sikkerhetskopier av dette lisensregisteret ennå. En tas én gang om dagen når Seatkeeper starter, og før hver oppgradering.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>{m} UTC — {reason_text} — {size}</source>
            <translation>{m} UTC — {reason_text} — {size}</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source> (applied)</source>
            <translation> (utført)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Detail</source>
            <translation>Detalj</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Do not renew</source>
            <translation>Ikke forny</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Finding</source>
            <translation>Funn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Keep</source>
            <translation>Behold</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Reassign</source>
            <translation>Tildel på nytt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Reclaim</source>
            <translation>Ta tilbake</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Seat</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source> days</source>
            <translation> dager</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Apply decisions…</source>
            <translation>&amp;Utfør beslutninger…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Apply to {total} seat(s)</source>
            <translation>&amp;Utfør for {total} lisens(er)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Decide…</source>
            <translation>&amp;Beslutt…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Keep it</source>
            <translation>&amp;Behold den</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Release it</source>
            <translation>&amp;Frigi den</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Release leaver's seats…</source>
            <translation>&amp;Frigi lisensene til en som har sluttet…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Sign off…</source>
            <translation>&amp;Godkjenn…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Undo last apply</source>
            <translation>&amp;Angre siste utføring</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>1 finding</source>
            <translation>1 funn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;b&gt;Next renewal:&lt;/b&gt; {before} before decisions → &lt;b&gt;{after}&lt;/b&gt; after · {decided} decision(s) recorded</source>
            <translation>&lt;b&gt;Neste fornyelse:&lt;/b&gt; {before} før beslutningene → &lt;b&gt;{after}&lt;/b&gt; etter · {decided} beslutning(er) registrert</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;&lt;b&gt;{reclaimed}&lt;/b&gt; seat(s) will be reclaimed from their holders.&lt;br&gt;&lt;b&gt;{not_renewed}&lt;/b&gt; seat(s) will stop renewing.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{reclaimed}&lt;/b&gt; lisens(er) blir tatt tilbake fra brukerne.&lt;br&gt;&lt;b&gt;{not_renewed}&lt;/b&gt; lisens(er) slutter å fornyes.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;Keep and reassign decisions change nothing here. You can undo this with “Undo last apply”.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Beslutningene Behold og Tildel på nytt endrer ingenting her. Du kan angre dette med «Angre siste utføring».&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;Nothing to apply: record Reclaim or Do not renew decisions first.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ingenting å utføre: Registrer beslutningene Ta tilbake eller Ikke forny først.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;{count} decision(s) cannot be applied and will be left as they are:&lt;/p&gt;&lt;ul&gt;{refused}&lt;/ul&gt;</source>
            <translation>&lt;p&gt;{count} beslutning(er) kan ikke utføres og blir stående som de er:&lt;/p&gt;&lt;ul&gt;{refused}&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>All findings</source>
            <translation>Alle funn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>All findings ({values})</source>
            <translation>Alle funn ({values})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Applied: {reclaimed} seat(s) reclaimed, {not_renewed} set not to renew.</source>
            <translation>Utført: {reclaimed} lisens(er) tatt tilbake, {not_renewed} satt til ikke å fornyes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Apply review decisions</source>
            <translation>Utfør beslutningene fra gjennomgangen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Ask &amp;holders…</source>
            <translation>S&amp;pør brukerne…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Asked {sent} holder(s).</source>
            <translation>{sent} bruker(e) er spurt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Cancel-by deadlines within this many days</source>
            <translation>Frister for oppsigelse innen så mange dager</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Decided</source>
            <translation>Besluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Detail</source>
            <translation>Detalj</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>E-mail the holders of seats renewing soon: do they still need them?</source>
            <translation>Send e-post til brukerne av lisenser som snart fornyes: Trenger de dem fortsatt?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Filter findings by subscription, seat or detail (Ctrl+F)</source>
            <translation>Filtrer funn på abonnement, lisens eller detalj (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Finding</source>
            <translation>Funn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Holder &amp;answered…</source>
            <translation>Brukeren har s&amp;vart…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Holder answered</source>
            <translation>Brukeren har svart</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Kind of finding</source>
            <translation>Type funn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>None yet — press Decide…</source>
            <translation>Ingen ennå — velg Beslutt…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Note</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Nothing to undo: no decisions were applied in this session.</source>
            <translation>Ingenting å angre: Ingen beslutninger er utført i denne økten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Reclaim and stop renewal of the decided seats, after a confirmation</source>
            <translation>Ta tilbake og stopp fornyelsen av lisensene det er besluttet om, etter en bekreftelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Record a holder's answer (keep or release) as the seat's decision</source>
            <translation>Registrer svaret fra en bruker (behold eller frigi) som beslutningen for lisensen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Record who reviewed the roster, and when</source>
            <translation>Registrer hvem som gikk gjennom lisensregisteret, og når</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Release leaver…</source>
            <translation>Frigi lisenser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review</source>
            <translation>Gjennomgang</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review finding</source>
            <translation>Funn i gjennomgangen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review signed off by {reviewer} on {signed_on}.</source>
            <translation>Gjennomgangen ble godkjent av {reviewer} den {signed_on}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Reviewing the roster…</source>
            <translation>Går gjennom lisensregisteret…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Seat</source>
            <translation>Lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Select a finding about a seat; subscription findings have no seat decision.</source>
            <translation>Velg et funn som gjelder en lisens; funn om abonnementer har ingen lisensbeslutning.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Select a finding about someone who left.</source>
            <translation>Velg et funn om en som har sluttet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Select a finding to see it and its seat's decision.</source>
            <translation>Velg et funn for å se det og beslutningen for lisensen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>The roster is open read-only for review; decisions cannot be recorded.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang; beslutninger kan ikke registreres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Undone: {seats} seat(s) are as they were.</source>
            <translation>Angret: {seats} lisens(er) er som før.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>What did the holder of {seat} ({subscription}) answer?</source>
            <translation>Hva svarte brukeren av {seat} ({subscription})?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>deadlines within </source>
            <translation>frister innen </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>over {count}</source>
            <translation>over {count}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>the same</source>
            <translation>uendret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>{count} findings</source>
            <translation>{count} funn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>{failed} not sent: {why}</source>
            <translation>{failed} ikke sendt: {why}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>{kind} ({count})</source>
            <translation>{kind} ({count})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>— (about the whole subscription)</source>
            <translation>— (gjelder hele abonnementet)</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../src/seatkeeper/ui/context.py" />
            <source>Your login can review this roster but not change it.</source>
            <translation>Påloggingen din kan gå gjennom dette lisensregisteret, men ikke endre det.</translation>
        </message>
    </context>
    <context>
        <name>RosterLock</name>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>Seatkeeper cannot create the lock file next to {roster}. Check that you may write in its folder.</source>
            <translation>Seatkeeper kan ikke opprette låsefilen ved siden av {roster}. Kontroller at du har skrivetilgang til mappen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>The roster {roster} is already open in another Seatkeeper window ({who}). Close it there first: two windows on one roster file could undo each other's work.</source>
            <translation>Lisensregisteret {roster} er allerede åpent i et annet Seatkeeper-vindu ({who}). Lukk det der først: To vinduer med samme lisensregisterfil kan oppheve hverandres arbeid.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>another program</source>
            <translation>et annet program</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>process {pid} on {host}</source>
            <translation>prosess {pid} på {host}</translation>
        </message>
    </context>
    <context>
        <name>Screens</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Audit</source>
            <translation>Revisjonslogg</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Deadlines</source>
            <translation>Frister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Deliveries</source>
            <translation>Leveringer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Devices</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Licences</source>
            <translation>Lisenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Review</source>
            <translation>Gjennomgang</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Spend</source>
            <translation>Kostnader</translation>
        </message>
    </context>
    <context>
        <name>SeatActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Assign…</source>
            <translation>&amp;Tildel…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Cancel subscription</source>
            <translation>Ka&amp;nseller abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Cancel subscription…</source>
            <translation>Ka&amp;nseller abonnement…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Don't renew</source>
            <translation>Slå &amp;av automatisk fornyelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Purchase seats…</source>
            <translation>&amp;Kjøp lisenser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Renew at next billing period</source>
            <translation>F&amp;orny ved neste fakturaperiode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Setup (credentials)…</source>
            <translation>&amp;Setup (påloggingsinformasjon)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Unassign</source>
            <translation>&amp;Fjern tildeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>A new plan can be started only when every seat has been cancelled; {seats_active} seat(s) are still active.</source>
            <translation>En ny plan kan bare startes når alle lisensene er kansellert; {seats_active} lisens(er) er fortsatt aktive.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancel subscription</source>
            <translation>Kanseller abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancel “{subscription}”? Its {seats_active} active seats stay usable until {until}; then nothing renews.</source>
            <translation>Vil du kansellere «{subscription}»? De {seats_active} aktive lisensene kan brukes til {until}; deretter fornyes ingenting.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancelled, active until {until}.</source>
            <translation>Kansellert, aktivt til {until}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Changed by someone else</source>
            <translation>Endret av noen andre</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>De&amp;vices…</source>
            <translation>&amp;Enheter…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Don't renew</source>
            <translation>Ikke forny</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Don't renew {n} seat(s)</source>
            <translation>
                <numerusform>Ikke forny {n} lisens</numerusform>
                <numerusform>Ikke forny {n} lisenser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>New plan started: {count} new seats.</source>
            <translation>Ny plan startet: {count} nye lisenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Re&amp;assign…</source>
            <translation>&amp;Tildel på nytt…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Re&amp;name seat…</source>
            <translation>&amp;Gi lisensen nytt navn…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Rename…</source>
            <translation>Gi nytt navn…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Renew</source>
            <translation>Forny</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Renew {n} seat(s)</source>
            <translation>
                <numerusform>Forny {n} lisens</numerusform>
                <numerusform>Forny {n} lisenser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Seat {old} is now called {new}.</source>
            <translation>Lisens {old} heter nå {new}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select a seat of an active subscription.</source>
            <translation>Velg en lisens i et aktivt abonnement.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select a seat of the subscription.</source>
            <translation>Velg en lisens i abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one assigned seat.</source>
            <translation>Velg én tildelt lisens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one or more seats.</source>
            <translation>Velg én eller flere lisenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one seat.</source>
            <translation>Velg én lisens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Setup…</source>
            <translation>Setup…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Start &amp;new plan…</source>
            <translation>Start ny &amp;plan…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Take seat {licence_id} from {holder}? The seat's history keeps them.</source>
            <translation>Vil du ta lisens {licence_id} fra {holder}? Brukeren beholdes i lisensens historikk.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang; ingenting kan endres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Unassign seat</source>
            <translation>Fjern tildeling av lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Unassign seat {seat}</source>
            <translation>Fjern tildeling av lisens {seat}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) renew at the next billing period.</source>
            <translation>
                <numerusform>{n} lisens fornyes ved neste fakturaperiode.</numerusform>
                <numerusform>{n} lisenser fornyes ved neste fakturaperiode.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) will not renew; they lapse at the renewal date.</source>
            <translation>
                <numerusform>{n} lisens fornyes ikke; den opphører på fornyelsesdatoen.</numerusform>
                <numerusform>{n} lisenser fornyes ikke; de opphører på fornyelsesdatoen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeatDialogs</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Assign</source>
            <translation>&amp;Tildel</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Assign anyway</source>
            <translation>&amp;Tildel likevel</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Connect</source>
            <translation>&amp;Koble til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Disconnect</source>
            <translation>Koble &amp;fra</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Disconnect them</source>
            <translation>Koble dem &amp;fra</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Keep them connected</source>
            <translation>&amp;La dem være tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Reassign</source>
            <translation>&amp;Tildel på nytt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Reassign anyway</source>
            <translation>&amp;Tildel på nytt likevel</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Rename</source>
            <translation>&amp;Gi nytt navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Seat id:</source>
            <translation>&amp;Lisens-ID:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>A seat of “{subscription}”. Type the vendor's own licence id so the seat is called what the vendor calls it.</source>
            <translation>En lisens i «{subscription}». Skriv leverandørens egen lisens-ID, så lisensen heter det samme som hos leverandøren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Assign seat {seat}</source>
            <translation>Tildel lisens {seat}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>C&amp;lose</source>
            <translation>L&amp;ukk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Connect {device} to {seat}</source>
            <translation>Koble {device} til {seat}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Devices of the account</source>
            <translation>Enhetene til kontoen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Devices on seat {licence_id}</source>
            <translation>Enheter på lisens {licence_id}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Disconnect {device} from {seat}</source>
            <translation>Koble {device} fra {seat}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Enter the e-mail address too.</source>
            <translation>Oppgi e-postadressen også.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Keep as it is</source>
            <translation>La det være</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Now held by {holder} &lt;{email}&gt;. The seat's history keeps them.</source>
            <translation>Brukes nå av {holder} &lt;{email}&gt;. Brukeren beholdes i lisensens historikk.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Reassign seat {seat}</source>
            <translation>Tildel lisens {seat} på nytt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Rename seat {seat}</source>
            <translation>Gi lisens {seat} nytt navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Seat changed meanwhile</source>
            <translation>Lisensen ble endret i mellomtiden</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>The seat is called {seat} now.</source>
            <translation>Lisensen heter {seat} nå.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Type the holder's name and e-mail address.</source>
            <translation>Skriv inn navnet og e-postadressen til brukeren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Type the holder's name too.</source>
            <translation>Skriv inn brukerens navn også.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Type the seat's new id.</source>
            <translation>Skriv lisensens nye ID.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Who gets seat {licence_id}?</source>
            <translation>Hvem skal få lisens {licence_id}?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Will be renamed from {old} to {new}.</source>
            <translation>Får nytt navn: {old} blir {new}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Will be saved as {person} &lt;{email}&gt;.</source>
            <translation>Blir lagret som {person} &lt;{email}&gt;.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>connected to this seat</source>
            <translation>tilkoblet denne lisensen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>not connected</source>
            <translation>ikke tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>uses seat {seat_licence}</source>
            <translation>bruker lisens {seat_licence}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{devices_connected} devices connected at once; the vendor's limit is not known.</source>
            <translation>{devices_connected} enheter tilkoblet samtidig; leverandørens grense er ukjent.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{devices_connected} of at most {device_limit} devices connected at once (virtual machines count).</source>
            <translation>{devices_connected} av høyst {device_limit} enheter tilkoblet samtidig (virtuelle maskiner teller med).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{email} already holds {seats} of this subscription.</source>
            <translation>{email} har allerede {seats} i dette abonnementet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{holder}'s {n} device(s) are connected to this seat. Should they stay connected for {name}?</source>
            <translation>
                <numerusform>{n} enhet som tilhører {holder}, er tilkoblet denne lisensen. Skal den forbli tilkoblet for {name}?</numerusform>
                <numerusform>{n} enheter som tilhører {holder}, er tilkoblet denne lisensen. Skal de forbli tilkoblet for {name}?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>&amp;Copy one-time connection code</source>
            <translation>&amp;Kopier engangskode for tilkobling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>A code the selected device uses to connect itself (SD-3).</source>
            <translation>En kode den valgte enheten bruker for å koble seg til (SD-3).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>A one-time code for “{value}” is on the clipboard. Enter it in the app on that device to connect it to the account.</source>
            <translation>En engangskode for «{value}» ligger på utklippstavlen. Skriv den inn i appen på den enheten for å koble den til kontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Copy one-time connection code</source>
            <translation>Kopier engangskode for tilkobling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Select a device first.</source>
            <translation>Velg en enhet først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Send &amp;subscription…</source>
            <translation>Send &amp;abonnement…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Send a subscription by e-mail or to devices (Ctrl+Shift+M).</source>
            <translation>Send et abonnement på e-post eller til enheter (Ctrl+Shift+M).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>The roster is open for read-only review.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>the one-time connection code for “{value}”</source>
            <translation>engangskoden for tilkobling av «{value}»</translation>
        </message>
    </context>
    <context>
        <name>SendWizard</name>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&amp;Platform:</source>
            <translation>&amp;Plattform:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&amp;Recipient:</source>
            <translation>&amp;Mottaker:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>&amp;Send</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&amp;Subscription:</source>
            <translation>&amp;Abonnement:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&lt;b&gt;{candidate}&lt;/b&gt; can receive this subscription.</source>
            <translation>&lt;b&gt;{candidate}&lt;/b&gt; kan motta dette abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&lt;b&gt;{candidate}&lt;/b&gt; cannot receive this subscription:&lt;br&gt;</source>
            <translation>&lt;b&gt;{candidate}&lt;/b&gt; kan ikke motta dette abonnementet:&lt;br&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>&lt;b&gt;{value}&lt;/b&gt; goes to these devices:</source>
            <translation>&lt;b&gt;{value}&lt;/b&gt; sendes til disse enhetene:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>A download link for &lt;b&gt;{value}&lt;/b&gt; (the app for {chosen_platform}) goes by e-mail to &lt;b&gt;{address}&lt;/b&gt;, {route}.</source>
            <translation>En nedlastingslenke for &lt;b&gt;{value}&lt;/b&gt; (appen for {chosen_platform}) sendes på e-post til &lt;b&gt;{address}&lt;/b&gt;, {route}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>A download link for this subscription cannot be sent:&lt;br&gt;</source>
            <translation>En nedlastingslenke for dette abonnementet kan ikke sendes:&lt;br&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Can receive this subscription.</source>
            <translation>Kan motta dette abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Check before sending</source>
            <translation>Kontroller før sending</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Checking the subscription…</source>
            <translation>Kontrollerer abonnementet…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Checking whether a link for this subscription may be sent…</source>
            <translation>Kontrollerer om en lenke for dette abonnementet kan sendes…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Choose the subscription to send.</source>
            <translation>Velg abonnementet som skal sendes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Devices to send to</source>
            <translation>Enheter det skal sendes til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>For a new device: the recipient installs the app from the link. The message holds no password or activation code.</source>
            <translation>For en ny enhet: Mottakeren installerer appen fra lenken. Meldingen inneholder verken passord eller aktiveringskode.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Handed to your mail client</source>
            <translation>Overlevert til e-postprogrammet ditt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>How should it be sent?</source>
            <translation>Hvordan skal det sendes?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>It goes out through your mail server {label}.</source>
            <translation>Den sendes gjennom e-postserveren din {label}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>It is recorded as delivered. Installing the app and receiving the subscription on the new device can take up to 24 hours.</source>
            <translation>Den er registrert som levert. Det kan ta opptil 24 timer å installere appen og motta abonnementet på den nye enheten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Loading the account's devices…</source>
            <translation>Laster inn enhetene til kontoen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Loading the subscriptions…</source>
            <translation>Laster inn abonnementene…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Mark it delivered on the Deliveries screen once it is sent, or undo it if you did not send it.</source>
            <translation>Merk den som levert i skjermbildet Leveringer når den er sendt, eller angre den hvis du ikke sendte den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>No SMTP server is set up (Settings → E-mail (SMTP)…), so your mail client opens with the message filled in; the delivery stays pending until you mark it delivered.</source>
            <translation>Ingen SMTP-server er satt opp (Innstillinger → E-post (SMTP)…), så e-postprogrammet ditt åpnes med meldingen ferdig utfylt; leveringen venter til du merker den som levert.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>No device of the account can receive this subscription; select a device to see why, or go Back and send a download link instead.</source>
            <translation>Ingen enheter på kontoen kan motta dette abonnementet; velg en enhet for å se hvorfor, eller gå Tilbake og send en nedlastingslenke i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Not sent</source>
            <translation>Ikke sendt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Nothing has been sent yet.</source>
            <translation>Ingenting er sendt ennå.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Nothing was recorded. Close the wizard, fix the cause and send again.</source>
            <translation>Ingenting ble registrert. Lukk veiviseren, rett årsaken og send på nytt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Press Send to send it now.</source>
            <translation>Velg Send for å sende nå.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send a download link by e-mail</source>
            <translation>Send en nedlastingslenke på e-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send download link by &amp;e-mail</source>
            <translation>Send nedlastingslenke på &amp;e-post</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Send subscription</source>
            <translation>Send abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send to connected &amp;devices</source>
            <translation>Send til tilkoblede &amp;enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send to connected devices</source>
            <translation>Send til tilkoblede enheter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sending</source>
            <translation>Sender</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sending failed unexpectedly.</source>
            <translation>Sendingen mislyktes uventet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sending…</source>
            <translation>Sender…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>The download link was accepted by your mail server for:</source>
            <translation>Nedlastingslenken ble godtatt av e-postserveren din for:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>The mail client could not be opened. The message to {to} is on the clipboard: paste it into your mail program and send it, or set up an SMTP server in Settings → E-mail (SMTP)…</source>
            <translation>E-postprogrammet kunne ikke åpnes. Meldingen til {to} ligger på utklippstavlen: Lim den inn i e-postprogrammet ditt og send den, eller sett opp en SMTP-server under Innstillinger → E-post (SMTP)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>The recipient opens the link on the device that will use the subscription.</source>
            <translation>Mottakeren åpner lenken på enheten som skal bruke abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>The roster holds no subscription to send.</source>
            <translation>Lisensregisteret har ingen abonnementer å sende.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>The subscription's account has no devices.</source>
            <translation>Kontoen til abonnementet har ingen enheter.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Tick at least one device to send to.</source>
            <translation>Kryss av for minst én enhet å sende til.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Tick the devices to send to. Greyed devices cannot receive this subscription; select one to see why.</source>
            <translation>Kryss av for enhetene det skal sendes til. Grå enheter kan ikke motta dette abonnementet; velg en for å se hvorfor.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>To devices already connected to the account, or as a download link by e-mail.</source>
            <translation>Til enheter som allerede er tilkoblet kontoen, eller som en nedlastingslenke på e-post.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>To start using it on devices already connected to the account, or to replace the subscription they use now.</source>
            <translation>For å ta det i bruk på enheter som allerede er tilkoblet kontoen, eller erstatte abonnementet de bruker nå.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>To: {to}
Subject: {subject}

{body}</source>
            <translation>Til: {to}
Emne: {subject}

{body}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Type the recipient's e-mail address.</source>
            <translation>Skriv inn e-postadressen til mottakeren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>What went out, and what happens next.</source>
            <translation>Hva som ble sendt, og hva som skjer videre.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Which subscription?</source>
            <translation>Hvilket abonnement?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Your mail client opened with the message filled in. Send it from there. It is recorded as pending for:</source>
            <translation>E-postprogrammet ditt ble åpnet med meldingen ferdig utfylt. Send den derfra. Den er registrert som ventende for:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>e.g. anna@example.com</source>
            <translation>f.eks. anna@example.com</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>from your mail client</source>
            <translation>fra e-postprogrammet ditt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>through {label}</source>
            <translation>gjennom {label}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>{value} — cannot receive: {reasons}</source>
            <translation>{value} — kan ikke motta: {reasons}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>{vendor} · {kind} · renews {renewal_date} · {assigned} of {seats} assigned</source>
            <translation>{vendor} · {kind} · fornyes {renewal_date} · {assigned} av {seats} tildelt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>“{subscription}” was sent to {n} device(s):</source>
            <translation>
                <numerusform>«{subscription}» ble sendt til {n} enhet:</numerusform>
                <numerusform>«{subscription}» ble sendt til {n} enheter:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/settings.py" />
            <source>&amp;E-mail (SMTP)…</source>
            <translation>&amp;E-post (SMTP)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/settings.py" />
            <source>The roster is open for read-only review.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang.</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>&amp;Sign off</source>
            <translation>&amp;Godkjenn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>1 finding has no decision</source>
            <translation>1 funn mangler beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>Every finding has a decision.</source>
            <translation>Alle funn har en beslutning.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>Reviewer's &amp;name:</source>
            <translation>Godkjennerens &amp;navn:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>Sign off the review</source>
            <translation>Godkjenn gjennomgangen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>Signing records that the roster was reviewed today ({today}) and by whom. The review report shows it.</source>
            <translation>Godkjenningen registrerer at lisensregisteret ble gjennomgått i dag ({today}), og av hvem. Rapporten fra gjennomgangen viser det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>The reviewer's full name</source>
            <translation>Godkjennerens fulle navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>{count} findings have no decision</source>
            <translation>{count} funn mangler beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>{lead} (of {total} in all). You can sign off anyway; the report lists them as undecided.</source>
            <translation>{lead} (av {total} totalt). Du kan godkjenne likevel; rapporten viser dem som ikke avgjort.</translation>
        </message>
    </context>
    <context>
        <name>SmtpDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;From address:</source>
            <translation>&amp;Fra-adresse:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;Host:</source>
            <translation>&amp;Vert:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;Security:</source>
            <translation>&amp;Sikkerhet:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;User:</source>
            <translation>&amp;Bruker:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>E-mail (SMTP)</source>
            <translation>E-post (SMTP)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>E-mail settings are not available for this roster.</source>
            <translation>E-postinnstillinger er ikke tilgjengelige for dette lisensregisteret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>No secure keyring was found, so no SMTP password can be stored. A relay without login (leave the user empty) can still be saved; otherwise links go through your mail client.</source>
            <translation>Fant ingen sikker nøkkelring, så ingen SMTP-passord kan lagres. Et relé uten pålogging (la brukeren stå tom) kan fortsatt lagres; ellers går lenker via e-postprogrammet ditt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>No server is set up yet: links open in your mail client.</source>
            <translation>Ingen server er satt opp ennå: Lenker åpnes i e-postprogrammet ditt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>None — trusted local relay only</source>
            <translation>Ingen — bare for pålitelig lokalt relé</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;ord:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (vanligvis port 587)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saved. The server accepted the test message to {to}.</source>
            <translation>Lagret. Serveren godtok testmeldingen til {to}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saves these settings, then sends a short message.</source>
            <translation>Lagrer disse innstillingene og sender deretter en kort melding.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saving…</source>
            <translation>Lagrer…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Send &amp;test message</source>
            <translation>Send &amp;testmelding</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Sending a test message to {to}…</source>
            <translation>Sender en testmelding til {to}…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Settings saved, but the test message failed: {error}</source>
            <translation>Innstillingene er lagret, men testmeldingen mislyktes: {error}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>TLS from the start (usually port 465)</source>
            <translation>TLS fra starten av (vanligvis port 465)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Test &amp;recipient:</source>
            <translation>Test&amp;mottaker:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>The roster is open for read-only review; the settings cannot change.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang; innstillingene kan ikke endres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Type the address the test message goes to.</source>
            <translation>Skriv inn adressen testmeldingen skal sendes til.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Without encryption the password crosses the network in clear text. Use STARTTLS or TLS unless this is a relay on a network you trust.</source>
            <translation>Uten kryptering sendes passordet over nettverket i klartekst. Bruk STARTTLS eller TLS med mindre dette er et relé på et nettverk du stoler på.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>empty for a relay without login</source>
            <translation>tomt for et relé uten pålogging</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>no keyring: a relay without login only</source>
            <translation>ingen nøkkelring: bare relé uten pålogging</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>stored in the keyring</source>
            <translation>lagret i nøkkelringen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>stored in the keyring — leave empty to keep</source>
            <translation>lagret i nøkkelringen — la feltet stå tomt for å beholde det</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>your own address</source>
            <translation>din egen adresse</translation>
        </message>
    </context>
    <context>
        <name>SpendScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>&amp;Import rates…</source>
            <translation>&amp;Importer kurser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>1 group</source>
            <translation>1 gruppe</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>&lt;b&gt;Total:&lt;/b&gt; {year} a year, {month} a month</source>
            <translation>&lt;b&gt;Totalt:&lt;/b&gt; {year} per år, {month} per måned</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>By department</source>
            <translation>Etter avdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>By holder</source>
            <translation>Etter bruker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>By subscription</source>
            <translation>Etter abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>By vendor</source>
            <translation>Etter leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Chart by department</source>
            <translation>Diagram etter avdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Chart by vendor</source>
            <translation>Diagram etter leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Chart saved to {path}.</source>
            <translation>Diagrammet er lagret i {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Danmarks Nationalbank exchange rates (Statbank) (*.csv)</source>
            <translation>Valutakurser fra Danmarks Nationalbank (Statbank) (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Exchange &amp;rate…</source>
            <translation>Valuta&amp;kurs…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Export chart (&amp;PNG)…</source>
            <translation>Eksporter diagram (&amp;PNG)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Export the forecast chart</source>
            <translation>Eksporter prognosediagrammet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Filter groups by name (Ctrl+F)</source>
            <translation>Filtrer grupper på navn (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Group by</source>
            <translation>Grupper etter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Import exchange rates</source>
            <translation>Importer valutakurser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Imported rates for {pairs} from {first} to {last}: {added} new, {replaced} replaced.</source>
            <translation>Importerte kurser for {pairs} fra {first} til {last}: {added} nye, {replaced} erstattet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Norges Bank exchange rates (SDMX-CSV) (*.csv)</source>
            <translation>Valutakurser fra Norges Bank (SDMX-CSV) (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>PNG images (*.png)</source>
            <translation>PNG-bilder (*.png)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Per month</source>
            <translation>Per måned</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Per year</source>
            <translation>Per år</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Rate saved.</source>
            <translation>Kursen er lagret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Select a group to see its amounts as stated and the rates used.</source>
            <translation>Velg en gruppe for å se beløpene slik de er oppgitt, og kursene som er brukt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Spend</source>
            <translation>Kostnader</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Stack the chart by</source>
            <translation>Stable diagrammet etter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>The chart could not be saved to {path}.</source>
            <translation>Diagrammet kunne ikke lagres i {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>The roster is open read-only for review; rates cannot be saved.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang; kurser kan ikke lagres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>incomplete: no exchange rate for {missing}</source>
            <translation>ufullstendig: ingen valutakurs for {missing}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>review decisions save {saved} in the next 12 months</source>
            <translation>beslutningene fra gjennomgangen sparer {saved} de neste 12 månedene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>{count} groups</source>
            <translation>{count} grupper</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>{stated} a year = {converted} at {rate} of {day} ({n} days old)</source>
            <translation>
                <numerusform>{stated} per år = {converted} med kurs {rate} fra {day} ({n} dag gammel)</numerusform>
                <numerusform>{stated} per år = {converted} med kurs {rate} fra {day} ({n} dager gammel)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>{stated} a year — no exchange rate, not converted</source>
            <translation>{stated} per år — ingen valutakurs, ikke omregnet</translation>
        </message>
    </context>
    <context>
        <name>SpendTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>As stated (a year)</source>
            <translation>Som oppgitt (per år)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Incomplete: {missing} could not be converted</source>
            <translation>Ufullstendig: {missing} kunne ikke omregnes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>No rate: {amounts}</source>
            <translation>Ingen kurs: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Not converted</source>
            <translation>Ikke omregnet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Per month</source>
            <translation>Per måned</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Per year</source>
            <translation>Per år</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Rate used</source>
            <translation>Brukt kurs</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>{currency} {rate} of {day} ({n} days old)</source>
            <translation>
                <numerusform>{currency} {rate} fra {day} ({n} dag gammel)</numerusform>
                <numerusform>{currency} {rate} fra {day} ({n} dager gammel)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Cannot open the roster</source>
            <translation>Kan ikke åpne lisensregisteret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>No roster is open. Use File → Open roster… or File → Open demo roster.</source>
            <translation>Ingen lisensregister er åpent. Bruk Fil → Åpne lisensregister… eller Fil → Åpne demoregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Opening the roster…</source>
            <translation>Åpner lisensregisteret…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Opening {roster}…</source>
            <translation>Åpner {roster}…</translation>
        </message>
    </context>
    <context>
        <name>SubscriptionPanel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source> months</source>
            <translation> måneder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Cancel to period end</source>
            <translation>&amp;Kanseller ved periodens slutt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Cancel to period end…</source>
            <translation>&amp;Kanseller ved periodens slutt…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Keep it</source>
            <translation>&amp;Behold det</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;New plan length:</source>
            <translation>&amp;Ny planlengde:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Resume</source>
            <translation>&amp;Gjenoppta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Actions</source>
            <translation>Handlinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancel subscription</source>
            <translation>Kanseller abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancel {terms}? It will not renew, and stays usable until the end of the current period ({period_ends_at}).</source>
            <translation>Vil du kansellere {terms}? Det fornyes ikke og kan brukes til slutten av gjeldende periode ({period_ends_at}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancelled; usable until the end of the period.</source>
            <translation>Kansellert; kan brukes til slutten av perioden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change &amp;plan</source>
            <translation>Endre &amp;plan</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change plan &amp;length…</source>
            <translation>Endre plan&amp;lengde…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change plan length</source>
            <translation>Endre planlengde</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>I &amp;cancelled it in the App Store</source>
            <translation>Jeg &amp;avbrøt det i App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>I res&amp;umed it in the App Store</source>
            <translation>Jeg &amp;gjenopptok det i App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Mark payment &amp;failed</source>
            <translation>Merk betalingen som &amp;mislyktes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Mark payment &amp;resolved</source>
            <translation>Merk betalingen som &amp;ordnet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Not changed</source>
            <translation>Ikke endret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Now {plan_months} months. The new length starts when the current period ends ({period_ends_at}); until then nothing changes. Choosing {plan_months} again withdraws a waiting change.</source>
            <translation>Nå {plan_months} måneder. Den nye lengden gjelder fra gjeldende periode slutter ({period_ends_at}); til da endres ingenting. Velger du {plan_months} igjen, trekkes en ventende endring tilbake.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Payment marked as failed.</source>
            <translation>Betalingen er merket som mislyktes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Payment marked as resolved.</source>
            <translation>Betalingen er merket som ordnet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Plan length changed from the end of the period.</source>
            <translation>Planlengden er endret fra slutten av perioden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record what you did in the App Store</source>
            <translation>Registrer hva du gjorde i App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record: payment &amp;failed</source>
            <translation>Registrer: betaling &amp;mislyktes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record: payment &amp;resolved</source>
            <translation>Registrer: betaling &amp;ordnet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Recorded as cancelled in the App Store.</source>
            <translation>Registrert som avbrutt i App Store.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Recorded as resumed.</source>
            <translation>Registrert som gjenopptatt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Res&amp;ume…</source>
            <translation>&amp;Gjenoppta…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resume subscription</source>
            <translation>Gjenoppta abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resume {terms}? The new period starts {starts}, with the same sign-in.</source>
            <translation>Vil du gjenoppta {terms}? Den nye perioden starter {starts}, med samme pålogging.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resumed.</source>
            <translation>Gjenopptatt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>State &amp;terms…</source>
            <translation>Oppgi &amp;vilkår…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Terms saved.</source>
            <translation>Vilkårene er lagret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>This roster is open for read-only review, so nothing can be changed.</source>
            <translation>Dette lisensregisteret er åpnet skrivebeskyttet for gjennomgang, så ingenting kan endres.</translation>
        </message>
    </context>
    <context>
        <name>SubscriptionTerms</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source> → {pending_plan_months} months from {m}</source>
            <translation> → {pending_plan_months} måneder fra {m}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>App Store (billed by the App Store)</source>
            <translation>App Store (fakturert av App Store)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Billed through</source>
            <translation>Fakturert via</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Cancel at least {notice} before the end, or the next period is charged.</source>
            <translation>Kanseller minst {notice} før slutten, ellers belastes neste periode.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Cancel by</source>
            <translation>Frist for oppsigelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Cancel in the App Store at least {notice} before the end, or the next period is charged.</source>
            <translation>Kanseller i App Store minst {notice} før slutten, ellers belastes neste periode.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Devices at once</source>
            <translation>Enheter samtidig</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>If resumed now, the new period starts {starts_at}.</source>
            <translation>Gjenopptas det nå, starter den nye perioden {starts_at}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Moving to direct billing by the vendor</source>
            <translation>Overgang til direkte fakturering fra leverandøren</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No cancel-by deadline: it will not be charged again.</source>
            <translation>Ingen frist for oppsigelse: Det belastes ikke igjen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No money-back guarantee; ask {refunds_via} (at its discretion)</source>
            <translation>Ingen pengene-tilbake-garanti; kontakt {refunds_via} (etter eget skjønn)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No notice period known, so no cancel-by deadline: cancel before it renews.</source>
            <translation>Ingen kjent oppsigelsestid, og dermed ingen frist for oppsigelse: Kanseller før det fornyes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Notice period</source>
            <translation>Oppsigelsestid</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Payment failed — how to fix it</source>
            <translation>Betaling mislyktes — slik løser du det</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Period ends</source>
            <translation>Perioden slutter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Refer-a-friend reward</source>
            <translation>Verv-en-venn-belønning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Refunds</source>
            <translation>Refusjoner</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Renews automatically</source>
            <translation>Fornyes automatisk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Seatkeeper cannot change App Store purchases. Take these steps in the App Store, then record what you did with the buttons below.</source>
            <translation>Seatkeeper kan ikke endre kjøp i App Store. Følg disse trinnene i App Store, og registrer deretter hva du gjorde, med knappene nedenfor.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Subscription: {terms}</source>
            <translation>Abonnement: {terms}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Terms</source>
            <translation>Vilkår</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Trial ends</source>
            <translation>Prøveperioden slutter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Website</source>
            <translation>Nettsted</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Website (billed by the vendor)</source>
            <translation>Nettsted (fakturert av leverandøren)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>at most {device_limit} a seat</source>
            <translation>høyst {device_limit} per lisens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>at most {device_limit} for the whole subscription</source>
            <translation>høyst {device_limit} for hele abonnementet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>not known</source>
            <translation>ukjent</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>not known — state what you know with “seatkeeper terms set”</source>
            <translation>ukjent — oppgi det du vet, med «seatkeeper terms set»</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>passed — the next period will be charged</source>
            <translation>passert — neste periode blir belastet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>stated by you for {vendor}</source>
            <translation>oppgitt av deg for {vendor}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>the App Store (Apple support)</source>
            <translation>App Store (Apples kundestøtte)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>the vendor</source>
            <translation>leverandøren</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{currency} — does not match the vendor's terms (see below)</source>
            <translation>{currency} — samsvarer ikke med leverandørens vilkår (se nedenfor)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{days} days</source>
            <translation>{days} dager</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{hours} hours</source>
            <translation>{hours} timer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{money_back_days}-day money-back guarantee; ask {refunds_via}</source>
            <translation>{money_back_days}-dagers pengene-tilbake-garanti; kontakt {refunds_via}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{plan_months} months</source>
            <translation>{plan_months} måneder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{time_left} left</source>
            <translation>{time_left} igjen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{vendor}'s published terms ({rules})</source>
            <translation>publiserte vilkår fra {vendor} ({rules})</translation>
        </message>
    </context>
    <context>
        <name>TableScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>Find</source>
            <translation>Søk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>Opening the roster…</source>
            <translation>Åpner lisensregisteret…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>more than {count}</source>
            <translation>mer enn {count}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>{count} match “{filter}”</source>
            <translation>{count} samsvarer med «{filter}»</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source> days</source>
            <translation> dager</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>&amp;Currency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>&amp;Devices a seat:</source>
            <translation>&amp;Enheter per lisens:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>&amp;Notice period:</source>
            <translation>&amp;Oppsigelsestid:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>&amp;Save terms</source>
            <translation>&amp;Lagre vilkår</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>Renews automatically</source>
            <translation>Fornyes automatisk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>Terms of {name}</source>
            <translation>Vilkår for {name}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>Use these for {vendor}'s other subscriptions and imports</source>
            <translation>Bruk disse for de andre abonnementene og importene fra {vendor}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>What you know of {vendor}'s terms for this subscription. Leave a value at “not known” when the vendor does not say.</source>
            <translation>Det du vet om vilkårene fra {vendor} for dette abonnementet. La en verdi stå på «ukjent» når leverandøren ikke oppgir den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>not known</source>
            <translation>ukjent</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>the vendor</source>
            <translation>leverandøren</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>this vendor</source>
            <translation>denne leverandøren</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source> It holds passwords and product keys: keep it safe.</source>
            <translation> Den inneholder passord og produktnøkler: Oppbevar den trygt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Eksporter…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export failed</source>
            <translation>Eksporten mislyktes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export secrets?</source>
            <translation>Vil du eksportere hemmeligheter?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export to</source>
            <translation>Eksporter til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Exported to {path}.</source>
            <translation>Eksportert til {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Exporting to {path}…</source>
            <translation>Eksporterer til {path}…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Review report saved to {path} ({pages} pages).</source>
            <translation>Gjennomgangsrapporten er lagret i {path} ({pages} sider).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Review report saved to {path}.</source>
            <translation>Gjennomgangsrapporten er lagret i {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>The file will hold every stored password and product key in plain text. Anyone who gets the file can sign in as your users.

Export the secrets to {path}?</source>
            <translation>Filen vil inneholde alle lagrede passord og produktnøkler i klartekst. Alle som får tak i filen, kan logge på som brukerne dine.

Vil du eksportere hemmelighetene til {path}?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>The roster is open read-only for review; nothing can be imported into it.</source>
            <translation>Lisensregisteret er åpnet skrivebeskyttet for gjennomgang; ingenting kan importeres til det.</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <location filename="../../src/seatkeeper/ui/i18n.py" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/i18n.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>ViewActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/view.py" />
            <source>&amp;Refresh</source>
            <translation>&amp;Oppdater</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>&amp;Import a file…</source>
            <translation>&amp;Importer en fil…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>&lt;h2&gt;Your roster is empty&lt;/h2&gt;&lt;p&gt;Seatkeeper keeps your company's software subscriptions true and affordable: who holds which seat, which devices use it, what renews when, and what must be cancelled before which deadline. Everything works offline.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Lisensregisteret ditt er tomt&lt;/h2&gt;&lt;p&gt;Seatkeeper holder bedriftens programvareabonnementer riktige og rimelige: hvem som har hvilken lisens, hvilke enheter som bruker den, hva som fornyes når, og hva som må sies opp innen hvilken frist. Alt virker uten nett.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>A small company with volume seats, app-store trials and devices. It lives in its own file; your roster stays untouched.</source>
            <translation>Et lite firma med volumlisenser, prøveperioder fra App Store og enheter. Det ligger i en egen fil; lisensregisteret ditt forblir urørt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Add vendor accounts and subscriptions yourself.</source>
            <translation>Legg til leverandørkontoer og abonnementer selv.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>CSV or Excel exported from a vendor portal, or Snipe-IT's licence CSV.</source>
            <translation>CSV eller Excel eksportert fra en leverandørportal, eller lisens-CSV fra Snipe-IT.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Open the &amp;demo roster</source>
            <translation>Åpne &amp;demoregisteret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Start &amp;empty</source>
            <translation>Start &amp;tomt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Welcome to Seatkeeper</source>
            <translation>Velkommen til Seatkeeper</translation>
        </message>
    </context>
</TS>
