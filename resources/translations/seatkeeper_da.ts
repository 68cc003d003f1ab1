<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
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
            <translation>&amp;Send 1 meddelelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>&amp;Send {count} messages</source>
            <translation>&amp;Send {count} meddelelser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>Ask the holders</source>
            <translation>Spørg brugerne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>Each holder gets a short message asking whether they still need their seat, with a date to answer by that leaves time before the cancel-by deadline. Record their answers with “Holder answered…” on the Review screen; a missing answer becomes a finding on its reply-by date.</source>
            <translation>Hver bruger får en kort meddelelse med spørgsmålet, om de stadig har brug for deres licens, og en svarfrist, der giver tid inden opsigelsesfristen. Registrér svarene med “Brugeren svarede…” på skærmen Gennemgang; et manglende svar bliver til et fund, når svarfristen er nået.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>No held seat has a cancel-by deadline in the next {days} days that leaves time to ask.</source>
            <translation>Ingen tildelt licens har en opsigelsesfrist inden for de næste {days} dage, der giver tid til at spørge.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/ask_holders_dialog.py" />
            <source>The message as it will be sent</source>
            <translation>Meddelelsen, som den bliver sendt</translation>
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
            <translation>{subscription} · {seat} — {holder} · svar senest {reply_by}</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>  Entity: </source>
            <translation>  Objekt: </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source> Action: </source>
            <translation> Handling: </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>1 event</source>
            <translation>1 hændelse</translation>
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
            <translation>Efter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Before</source>
            <translation>Før</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Credential</source>
            <translation>Loginoplysninger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Delivery</source>
            <translation>Levering</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Device</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Entity</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Event</source>
            <translation>Hændelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Every action</source>
            <translation>Alle handlinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Every entity</source>
            <translation>Alle objekter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Filter by words in what happened, who or the action (Ctrl+F)</source>
            <translation>Filtrér efter ord i hændelsen, hvem eller handlingen (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Reminder</source>
            <translation>Påmindelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Review</source>
            <translation>Gennemgang</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Roster</source>
            <translation>Licensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Seat</source>
            <translation>Licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Select an event to see the values before and after it.</source>
            <translation>Vælg en hændelse for at se værdierne før og efter den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>What happened</source>
            <translation>Hvad skete der</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>When</source>
            <translation>Hvornår</translation>
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
            <translation>{count} hændelser</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>&amp;Restore</source>
            <translation>&amp;Gendan</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Gendan fra sikkerhedskopi…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Backups are kept for roster files only. A roster on a server is backed up on the server (pg_dump).</source>
            <translation>Der tages kun sikkerhedskopier af licensregistre i filer. Et licensregister på en server sikkerhedskopieres på serveren (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Replace the roster {label} with the copy from {m} UTC? Changes made since then are set aside in a new backup.</source>
            <translation>Vil du erstatte licensregistret {label} med kopien fra {m} UTC? Ændringer foretaget siden da gemmes i en ny sikkerhedskopi.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Restore from backup</source>
            <translation>Gendan fra sikkerhedskopi</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Restoring {label}…</source>
            <translation>Gendanner {label}…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>The roster is open read-only for review; it cannot be restored from here.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang; det kan ikke gendannes herfra.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>The roster was restored from the copy of {m} UTC.</source>
            <translation>Licensregistret blev gendannet fra kopien fra {m} UTC.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>The roster's audit log has been tampered with since this copy: {problem}. The roster as it is now is kept in a new backup, as evidence.</source>
            <translation>Der er manipuleret med licensregistrets revisionslog siden denne kopi: {problem}. Licensregistret, som det er nu, gemmes i en ny sikkerhedskopi som bevis.</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>1 device</source>
            <translation>1 enhed</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>1 pending delivery</source>
            <translation>1 afventende levering</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>1 seat</source>
            <translation>1 licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>1 subscription</source>
            <translation>1 abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>{count} devices</source>
            <translation>{count} enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>{count} pending deliveries</source>
            <translation>{count} afventende leveringer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/counts.py" />
            <source>{count} seats</source>
            <translation>{count} licenser</translation>
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
            <translation>&amp;Kopiér</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Hide</source>
            <translation>&amp;Skjul</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Platform:</source>
            <translation>&amp;Platform:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;User name:</source>
            <translation>&amp;Brugernavn:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>C&amp;lose</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copied. The clipboard is cleared in {seconds} s if it still holds it.</source>
            <translation>Kopieret. Udklipsholderen ryddes om {seconds} s, hvis den stadig indeholder det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy</source>
            <translation>Kopiér</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy password</source>
            <translation>Kopiér adgangskode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy user name</source>
            <translation>Kopiér brugernavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Credentials are unavailable: no secure keyring was found on this system, and Seatkeeper never keeps passwords anywhere else. Everything else works.</source>
            <translation>Loginoplysninger er ikke tilgængelige: der blev ikke fundet en sikker nøglering på dette system, og Seatkeeper gemmer aldrig adgangskoder andre steder. Alt andet virker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>None stored for {currenttext} yet. Type the user name and password the vendor assigned, then Save.</source>
            <translation>Der er ikke gemt noget for {currenttext} endnu. Skriv det brugernavn og den adgangskode, som leverandøren har tildelt, og vælg Gem.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Not saved yet.</source>
            <translation>Ikke gemt endnu.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Pass&amp;word:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Reading the keyring…</source>
            <translation>Læser nøgleringen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>S&amp;how</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Saved in the keyring for {currenttext}.</source>
            <translation>Gemt i nøgleringen for {currenttext}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Saving to the keyring…</source>
            <translation>Gemmer i nøgleringen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Setup — seat {licence_id}</source>
            <translation>Setup — licens {licence_id}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Sign-in credentials the vendor assigned to seat {licence_id} ({holder}). They are kept in the system keyring, never in the roster.</source>
            <translation>Loginoplysninger, som leverandøren har tildelt licens {licence_id} ({holder}). De opbevares i systemets nøglering, aldrig i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Stored in the keyring. Type over them and Save to replace.</source>
            <translation>Gemt i nøgleringen. Skriv de nye oplysninger, og vælg Gem for at erstatte dem.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang; intet kan ændres.</translation>
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
            <translation>Automatisk fornyelse er slået fra: adgangen ophører, og der opkræves intet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Auto-renew is on: this is charged unless cancelled in time.</source>
            <translation>Automatisk fornyelse er slået til: beløbet opkræves, medmindre der opsiges i tide.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Billed through</source>
            <translation>Faktureres via</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Cancel by</source>
            <translation>Opsigelsesfrist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Due</source>
            <translation>Tidspunkt</translation>
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
            <translation>Licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Seat lapses</source>
            <translation>Licens udløber</translation>
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
            <translation>Websted</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Will charge</source>
            <translation>Opkræves</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Will charge {amount}</source>
            <translation>{amount} opkræves</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Will lapse</source>
            <translation>Udløber</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>in {days} days</source>
            <translation>om {days} dage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>in {hours} h</source>
            <translation>om {hours} t</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>passed</source>
            <translation>overskredet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>within the hour</source>
            <translation>inden for en time</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>&amp;Export calendar (ICS)…</source>
            <translation>&amp;Eksportér kalender (ICS)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>&amp;Next</source>
            <translation>&amp;Næste</translation>
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
            <translation>Faktureres via</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Days ahead</source>
            <translation>Dage frem</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Due</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Export deadlines as a calendar</source>
            <translation>Eksportér frister som kalender</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Exported {count} to {path}</source>
            <translation>{count} eksporteret til {path}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Filter by subscription, vendor, seat or holder (Ctrl+F)</source>
            <translation>Filtrér efter abonnement, leverandør, licens eller bruger (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Holder</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>If nothing is done: {amounts}</source>
            <translation>Hvis intet gøres: {amounts}</translation>
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
            <translation>Ikke eksporteret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Save the deadlines shown as an iCalendar file; importing a newer file updates the events instead of adding more.</source>
            <translation>Gem de viste frister som en iCalendar-fil; når en nyere fil importeres, opdateres begivenhederne i stedet for at der kommer flere.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Seat</source>
            <translation>Licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Select a deadline to see what it costs and what to do.</source>
            <translation>Vælg en frist for at se, hvad den koster, og hvad du skal gøre.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>To avoid the charge, cancel {where} before this time. The Licences screen shows the steps.</source>
            <translation>Opsig {where} før dette tidspunkt for at undgå opkrævningen. Skærmen Licenser viser trinene.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Website</source>
            <translation>Websted</translation>
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
            <translation>på leverandørens websted</translation>
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
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>&amp;Record</source>
            <translation>&amp;Registrér</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Decision for {what}:</source>
            <translation>Beslutning for {what}:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Nothing changes; the decision is recorded in the report.</source>
            <translation>Intet ændres; beslutningen registreres i rapporten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Recorded for the report; give the seat to someone on the Licences screen.</source>
            <translation>Registreres til rapporten; tildel licensen til en anden på skærmen Licenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Review decision</source>
            <translation>Beslutning i gennemgangen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>The note is {count} characters; at most {limit} are kept.</source>
            <translation>Noten er på {count} tegn; højst {limit} gemmes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Why (optional, shown in the report)</source>
            <translation>Hvorfor (valgfrit, vises i rapporten)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>{n} seats</source>
            <translation>
                <numerusform>{n} licens</numerusform>
                <numerusform>{n} licenser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>“Apply decisions” switches the seat's renewal off, so it is not paid for at the next billing period.</source>
            <translation>“Anvend beslutninger” slår licensens fornyelse fra, så der ikke betales for den ved næste faktureringsperiode.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>“Apply decisions” takes the seat from its holder (their history is kept).</source>
            <translation>“Anvend beslutninger” fjerner licensen fra brugeren (historikken bevares).</translation>
        </message>
    </context>
    <context>
        <name>DeliveriesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>&amp;Mark delivered</source>
            <translation>&amp;Markér som leveret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>&amp;Undo send</source>
            <translation>&amp;Fortryd send</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>1 delivery</source>
            <translation>1 levering</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Confirm that this delivery arrived (SD-4).</source>
            <translation>Bekræft, at denne levering er nået frem (SD-4).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Delivered</source>
            <translation>Leveret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Delivery {delivery_id}</source>
            <translation>Levering {delivery_id}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Device or e-mail</source>
            <translation>Enhed eller e-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Download link by e-mail</source>
            <translation>Downloadlink via e-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Failed</source>
            <translation>Mislykket</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Filter by subscription, device, e-mail or note (Ctrl+F)</source>
            <translation>Filtrér efter abonnement, enhed, e-mail eller note (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>How</source>
            <translation>Metode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>On the sending device</source>
            <translation>På den afsendende enhed</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Only a pending delivery can change; this one is {status}.</source>
            <translation>Kun en afventende levering kan ændres; denne har status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Overdue</source>
            <translation>Forsinket</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Pending</source>
            <translation>Afventer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Pending for more than 24 hours.</source>
            <translation>Har afventet i mere end 24 timer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Resolved</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Select a delivery to see where it went and what it needs.</source>
            <translation>Vælg en levering for at se, hvor den blev sendt hen, og hvad den mangler.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Select a pending delivery first.</source>
            <translation>Vælg først en afventende levering.</translation>
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
            <translation>Træk denne afventende levering tilbage (SD-6).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>The roster is open for read-only review.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>To the device</source>
            <translation>Til enheden</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Undo send</source>
            <translation>Fortryd send</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Undo sending “{subscription}” to {target_text}? The delivery is marked undone and cannot be resumed; send again if it is needed later.</source>
            <translation>Vil du fortryde afsendelsen af “{subscription}” til {target_text}? Leveringen markeres som fortrudt og kan ikke genoptages; send igen, hvis der bliver brug for den senere.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Undone</source>
            <translation>Fortrudt</translation>
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
            <translation>Appversion</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Connected</source>
            <translation>Tilsluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Delivery</source>
            <translation>Levering</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Device</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Not connected</source>
            <translation>Ikke tilsluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>OS version</source>
            <translation>OS-version</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Pending</source>
            <translation>Afventer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Region</source>
            <translation>Område</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Seat or subscription in use</source>
            <translation>Licens eller abonnement i brug</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>The device is not connected to the vendor account.</source>
            <translation>Enheden er ikke tilsluttet leverandørkontoen.</translation>
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
            <translation>1 enhed</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>App version</source>
            <translation>Appversion</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Connected to the account</source>
            <translation>Tilsluttet kontoen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Deliveries (My devices)</source>
            <translation>Leveringer (Mine enheder)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Filter by device, platform, region or version (Ctrl+F)</source>
            <translation>Filtrér efter enhed, platform, område eller version (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Nothing was sent to this device.</source>
            <translation>Der er ikke sendt noget til denne enhed.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>OS version</source>
            <translation>OS-version</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Region</source>
            <translation>Område</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Seat or subscription in use</source>
            <translation>Licens eller abonnement i brug</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Select a device to see what it uses and what was sent to it.</source>
            <translation>Vælg en enhed for at se, hvad den bruger, og hvad der er sendt til den.</translation>
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
            <translation>{count} enheder</translation>
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
            <translation>&amp;Gentag</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/edit.py" />
            <source>&amp;Redo {change}</source>
            <translation>&amp;Gentag {change}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/edit.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Fortryd</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/edit.py" />
            <source>&amp;Undo {change}</source>
            <translation>&amp;Fortryd {change}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Eksportér…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-projektmapper (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Export</source>
            <translation>Eksportér</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>HTML files (*.html)</source>
            <translation>HTML-filer (*.html)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Include &amp;secrets (passwords and product keys)</source>
            <translation>&amp;Medtag hemmeligheder (adgangskoder og produktnøgler)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>JSON files (*.json)</source>
            <translation>JSON-filer (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>No keyring is available, so there are no secrets to export.</source>
            <translation>Der er ingen nøglering tilgængelig, så der er ingen hemmeligheder at eksportere.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Only a JSON export can include secrets.</source>
            <translation>Kun en JSON-eksport kan indeholde hemmeligheder.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Report cancel-by deadlines &amp;within</source>
            <translation>Medtag frister for opsigelse &amp;inden for</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Review report as &amp;HTML</source>
            <translation>Gennemgangsrapport som &amp;HTML</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Review report as &amp;PDF</source>
            <translation>Gennemgangsrapport som &amp;PDF</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Seats as &amp;CSV</source>
            <translation>Licenser som &amp;CSV</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Seats as E&amp;xcel workbook (XLSX)</source>
            <translation>Licenser som E&amp;xcel-projektmappe (XLSX)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>The file will hold them in plain text. Off unless you ask: you will be asked to confirm.</source>
            <translation>Filen vil indeholde dem i klartekst. Slået fra, medmindre du beder om det: du bliver bedt om at bekræfte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>The whole roster as &amp;JSON (imports back into Seatkeeper)</source>
            <translation>Hele licensregistret som &amp;JSON (kan importeres i Seatkeeper igen)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>What to export:</source>
            <translation>Hvad skal eksporteres:</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>&amp;Open roster…</source>
            <translation>Å&amp;bn licensregister…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Open &amp;demo roster</source>
            <translation>Åbn &amp;demolicensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Open roster</source>
            <translation>Åbn licensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Seatkeeper rosters (*.sqlite *.db);;All files (*)</source>
            <translation>Seatkeeper-licensregistre (*.sqlite *.db);;Alle filer (*)</translation>
        </message>
    </context>
    <context>
        <name>ForecastChart</name>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Charges in the next 12 months ({currency}): {total}</source>
            <translation>Opkrævninger de næste 12 måneder ({currency}): {total}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Decided against in review (saved)</source>
            <translation>Fravalgt i gennemgangen (sparet)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Lapses (not charged)</source>
            <translation>Udløber (opkræves ikke)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Not in the bars, no exchange rate: {amounts}</source>
            <translation>Ikke med i søjlerne, ingen valutakurs: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Nothing renews in the next 12 months.</source>
            <translation>Intet fornyes de næste 12 måneder.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/forecast_paint.py" />
            <source>Other</source>
            <translation>Andet</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/forms.py" />
            <source>4 digits</source>
            <translation>4 cifre</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/forms.py" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
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
            <translation>&amp;Tastaturgenveje</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>&lt;p&gt;&lt;b&gt;Seatkeeper {version}&lt;/b&gt; — keeps software subscriptions true and affordable.&lt;/p&gt;&lt;p&gt;Licence: proprietary; all rights reserved.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log: {log}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Seatkeeper {version}&lt;/b&gt; — holder softwareabonnementer korrekte og til at betale.&lt;/p&gt;&lt;p&gt;Licens: proprietær; alle rettigheder forbeholdes.&lt;/p&gt;&lt;p&gt;Datamappe: {data}&lt;br&gt;Log: {log}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>About Seatkeeper</source>
            <translation>Om Seatkeeper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Ctrl+F goes to the filter box of the screen; Escape there clears it.</source>
            <translation>Ctrl+F går til skærmens filterfelt; Escape dér rydder det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Keyboard shortcuts</source>
            <translation>Tastaturgenveje</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Open &amp;data folder</source>
            <translation>Åbn &amp;datamappen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Open &amp;log</source>
            <translation>Åbn &amp;loggen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Seatkeeper user guide</source>
            <translation>Brugervejledning til Seatkeeper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>User &amp;guide</source>
            <translation>&amp;Brugervejledning</translation>
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
                <numerusform> — {n} problem, vist nedenfor.</numerusform>
                <numerusform> — {n} problemer, vist nedenfor.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&amp;Browse…</source>
            <translation>&amp;Gennemse…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Choose…</source>
            <translation>&amp;Vælg…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&amp;Encoding of a CSV file:</source>
            <translation>Tegn&amp;kodning for en CSV-fil:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Import</source>
            <translation>&amp;Importér</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Stop at the first bad row: import nothing unless every row is good</source>
            <translation>&amp;Stop ved den første fejlbehæftede række: importér intet, medmindre alle rækker er gode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>(row)</source>
            <translation>(række)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Cancelled.&lt;/b&gt; Nothing was imported; the roster is as it was.</source>
            <translation>&lt;b&gt;Annulleret.&lt;/b&gt; Intet blev importeret; licensregistret er, som det var.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;Hold seats but are not in the file:&lt;/b&gt; {names}</source>
            <translation>&lt;b&gt;Har licenser, men er ikke i filen:&lt;/b&gt; {names}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Imported the roster file.&lt;/b&gt; </source>
            <translation>&lt;b&gt;Licensregisterfilen er importeret.&lt;/b&gt; </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;Marked as left:&lt;/b&gt; {names}</source>
            <translation>&lt;b&gt;Markeret som fratrådt:&lt;/b&gt; {names}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; An unexpected problem stopped the import.</source>
            <translation>&lt;b&gt;Intet blev importeret.&lt;/b&gt; Et uventet problem stoppede importen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; {error}</source>
            <translation>&lt;b&gt;Intet blev importeret.&lt;/b&gt; {error}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;To be written:&lt;/b&gt; {subscriptions} subscription(s), {seats} seat(s), {holders} holder(s). One plan period of them costs {costs}.</source>
            <translation>&lt;b&gt;Dette skrives:&lt;/b&gt; {subscriptions} abonnement(er), {seats} licens(er), {holders} bruger(e). Én planperiode af dem koster {costs}.</translation>
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
                <numerusform>&lt;b&gt;{n} række læst:&lt;/b&gt; den kan importeres.</numerusform>
                <numerusform>&lt;b&gt;{n} rækker læst:&lt;/b&gt; alle kan importeres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;{people} people read:&lt;/b&gt; {added} to add, {updated} to update, {left} to mark as left on {day}, {back} active again; {missing} seat holder(s) are not in the file (they are kept).</source>
            <translation>&lt;b&gt;{people} personer læst:&lt;/b&gt; {added} skal tilføjes, {updated} opdateres, {left} markeres som fratrådt den {day}, {back} er aktive igen; {missing} person(er) med licens er ikke i filen (de bevares).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>&lt;b&gt;{total} rows read:&lt;/b&gt; {good_rows} can be imported, {bad_rows} cannot ({count} problems, listed below).</source>
            <translation>&lt;b&gt;{total} rækker læst:&lt;/b&gt; {good_rows} kan importeres, {bad_rows} kan ikke ({count} problemer, vist nedenfor).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;&lt;b&gt;Imported {imported} row(s).&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Subscriptions: {subscriptions_added} added, {subscriptions_updated} updated&lt;/li&gt;&lt;li&gt;Seats: {seats_added} added, {seats_updated} updated&lt;/li&gt;&lt;li&gt;People: {people_added} added&lt;/li&gt;&lt;li&gt;Devices: {devices_added} added, {devices_updated} updated&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{imported} række(r) importeret.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Abonnementer: {subscriptions_added} tilføjet, {subscriptions_updated} opdateret&lt;/li&gt;&lt;li&gt;Licenser: {seats_added} tilføjet, {seats_updated} opdateret&lt;/li&gt;&lt;li&gt;Brugere: {people_added} tilføjet&lt;/li&gt;&lt;li&gt;Enheder: {devices_added} tilføjet, {devices_updated} opdateret&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;&lt;b&gt;Synced the directory ({people} people).&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;{added} added, {updated} updated&lt;/li&gt;&lt;li&gt;{left} marked as left, {back} active again&lt;/li&gt;&lt;li&gt;{missing} seat holder(s) not in the file, kept&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Kataloget er synkroniseret ({people} personer).&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;{added} tilføjet, {updated} opdateret&lt;/li&gt;&lt;li&gt;{left} markeret som fratrådt, {back} aktive igen&lt;/li&gt;&lt;li&gt;{missing} person(er) med licens ikke i filen, bevaret&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) stored in the keyring.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;{n} produktnøgle gemt i nøgleringen.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;{n} produktnøgler gemt i nøgleringen.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) were not kept: no keyring is available.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;{n} produktnøgle blev ikke gemt: der er ingen nøglering tilgængelig.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;{n} produktnøgler blev ikke gemt: der er ingen nøglering tilgængelig.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{rejected} rejected row(s) saved to {rejects_file}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Afviste rækker ({rejected}) gemt i {rejects_file}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A Seatkeeper roster file is imported whole or not at all; fix the problems above and choose the file again.</source>
            <translation>En licensregisterfil fra Seatkeeper importeres helt eller slet ikke; ret problemerne ovenfor, og vælg filen igen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A Seatkeeper roster with {n} items</source>
            <translation>
                <numerusform>Et Seatkeeper-licensregister med {n} element</numerusform>
                <numerusform>Et Seatkeeper-licensregister med {n} elementer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A directory file is synced whole or not at all, so that nobody it holds is listed as missing; fix the problems above and choose the file again.</source>
            <translation>En katalogfil synkroniseres helt eller slet ikke, så ingen af personerne i den fejlagtigt vises som manglende; ret problemerne ovenfor, og vælg filen igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A dry run: every row was read and checked; nothing has been written yet.</source>
            <translation>En prøvekørsel: alle rækker er læst og kontrolleret; der er endnu ikke skrevet noget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A dry run: the check stopped; nothing has been written.</source>
            <translation>En prøvekørsel: kontrollen stoppede; der er ikke skrevet noget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>A dry run: the rows are being read and checked; nothing is written.</source>
            <translation>En prøvekørsel: rækkerne læses og kontrolleres; der skrives ikke noget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>A vendor portal's CSV or Excel export, Snipe-IT's licence CSV, or a Seatkeeper roster (JSON). Nothing is written until you have seen the preview.</source>
            <translation>En CSV- eller Excel-eksport fra en leverandørportal, en licens-CSV fra Snipe-IT eller et Seatkeeper-licensregister (JSON). Der skrives intet, før du har set forhåndsvisningen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>A workbook: its numbers and dates are read as typed.</source>
            <translation>En projektmappe: tal og datoer læses, som de er indtastet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Account owner</source>
            <translation>Kontoejer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Account owner e-mail, for rows that name none:</source>
            <translation>Kontoejerens e-mail til rækker, der ikke angiver nogen:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Active again</source>
            <translation>Aktiv igen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Added</source>
            <translation>Tilføjet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Amounts and dates are written as in:</source>
            <translation>Beløb og datoer er skrevet som i:</translation>
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
            <translation>CSV-licensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>CSV/XLSX roster</source>
            <translation>CSV/XLSX-licensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Cancelling… the changes are being rolled back.</source>
            <translation>Annullerer… ændringerne rulles tilbage.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Change</source>
            <translation>Ændring</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Changes</source>
            <translation>Ændringer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Changes ({n})</source>
            <translation>
                <numerusform>Ændring ({n})</numerusform>
                <numerusform>Ændringer ({n})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Check the rows</source>
            <translation>Kontrollér rækkerne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Checking every row…</source>
            <translation>Kontrollerer alle rækker…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Checking every row… {done} of about {total}</source>
            <translation>Kontrollerer hver række … {done} af omkring {total}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Checking every row… {done} so far</source>
            <translation>Kontrollerer hver række … {done} indtil nu</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose a file to go on.</source>
            <translation>Vælg en fil for at fortsætte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose the column for “{missing}” (marked *) to go on.</source>
            <translation>Vælg kolonnen til “{missing}” (markeret med *) for at fortsætte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose the file to import</source>
            <translation>Vælg den fil, der skal importeres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Choose where to save the rejected rows.</source>
            <translation>Vælg, hvor de afviste rækker skal gemmes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Column</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Company</source>
            <translation>Virksomhed</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Cost centre</source>
            <translation>Omkostningssted</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Detect from the file</source>
            <translation>Find ud fra filen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Device</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Device ID</source>
            <translation>Enheds-ID</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Device platform</source>
            <translation>Enhedens platform</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Device region</source>
            <translation>Enhedens område</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Devices per seat</source>
            <translation>Enheder pr. licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Directory (people): CSV</source>
            <translation>Katalog (personer): CSV</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Directory (people): CSV with name, e-mail, department, status</source>
            <translation>Katalog (personer): CSV med navn, e-mail, afdeling, status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Directory (people): Entra ID users</source>
            <translation>Katalog (personer): Entra ID-brugere</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Directory (people): Entra ID “Download users” CSV</source>
            <translation>Katalog (personer): CSV fra Entra ID “Download users”</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Directory (people): Google Workspace user download CSV</source>
            <translation>Katalog (personer): CSV fra brugerdownload i Google Workspace</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Directory (people): Google Workspace users</source>
            <translation>Katalog (personer): Google Workspace-brugere</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Directory id</source>
            <translation>Katalog-id</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Every row is good: all of them will be written in one step. This is the last step before the roster changes.</source>
            <translation>Alle rækker er gode: de skrives alle i ét trin. Dette er det sidste trin, før licensregistret ændres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Excel workbook (XLSX)</source>
            <translation>Excel-projektmappe (XLSX)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Expiration date</source>
            <translation>Udløbsdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>File for the rejected rows</source>
            <translation>Fil til de afviste rækker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>First name</source>
            <translation>Fornavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Full name</source>
            <translation>Fulde navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Give the account owner's e-mail address to go on: the file does not name one.</source>
            <translation>Angiv kontoejerens e-mailadresse for at fortsætte: filen angiver ingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Guessed from the column names; check the ones marked “not imported”.</source>
            <translation>Gættet ud fra kolonnenavnene; kontrollér dem, der er markeret “importeres ikke”.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Holder</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Holder e-mail</source>
            <translation>Brugerens e-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>How to import</source>
            <translation>Importmetode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_wizard.py" />
            <source>Import a roster file</source>
            <translation>Importér en licensregisterfil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Import finished</source>
            <translation>Importen er fuldført</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Import the &amp;good rows and save the rejected rows to a file</source>
            <translation>Importér de &amp;gode rækker, og gem de afviste rækker i en fil</translation>
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
            <translation>Efternavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Licensed to e-mail</source>
            <translation>Licenseret til (e-mail)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Licensed to name</source>
            <translation>Licenseret til (navn)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Maintained</source>
            <translation>Vedligeholdt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Manufacturer</source>
            <translation>Producent</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Marked as left</source>
            <translation>Markeret som fratrådt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Match the columns</source>
            <translation>Tilknyt kolonnerne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Monthly price per seat</source>
            <translation>Månedlig pris pr. licens</translation>
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
            <translation>Næs&amp;te ›</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>No row can be imported. Check the column matches (Back) or the file.</source>
            <translation>Ingen rækker kan importeres. Kontrollér kolonnetilknytningerne (Tilbage) eller filen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Not in the file (kept)</source>
            <translation>Ikke i filen (bevares)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Nothing was imported</source>
            <translation>Intet blev importeret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Notice period (days)</source>
            <translation>Opsigelsesvarsel (dage)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Order number</source>
            <translation>Ordrenummer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Path to a .csv, .xlsx or .json file</source>
            <translation>Sti til en .csv-, .xlsx- eller .json-fil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>People the sync changes</source>
            <translation>Personer, som synkroniseringen ændrer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Period start</source>
            <translation>Periodestart</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Plan length (months)</source>
            <translation>Planlængde (måneder)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Price as stated</source>
            <translation>Pris som angivet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Price buys</source>
            <translation>Prisen gælder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Price covers (months)</source>
            <translation>Prisen dækker (måneder)</translation>
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
                <numerusform>Problem {first}–{last} af {n}</numerusform>
                <numerusform>Problemer {first}–{last} af {n}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Purchase cost</source>
            <translation>Indkøbspris</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Purchase date</source>
            <translation>Købsdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Purchase order</source>
            <translation>Indkøbsordre</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Read as {encoding} ({how}); its first lines:</source>
            <translation>Læst som {encoding} ({how}); de første linjer:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Reading the column names…</source>
            <translation>Læser kolonnenavnene…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Reassignable</source>
            <translation>Kan tildeles igen</translation>
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
            <translation>Licensregisterfiler (*.csv *.xlsx *.xlsm *.ods *.json);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Row</source>
            <translation>Række</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows read from the file</source>
            <translation>Rækker læst fra filen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows that cannot be imported</source>
            <translation>Rækker, der ikke kan importeres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows to import</source>
            <translation>Rækker til import</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Rows to import ({n})</source>
            <translation>
                <numerusform>Række til import ({n})</numerusform>
                <numerusform>Rækker til import ({n})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Save the rejected rows</source>
            <translation>Gem de afviste rækker</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Save the rejected rows to a different file than the one imported.</source>
            <translation>Gem de afviste rækker i en anden fil end den, der importeres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>Seat</source>
            <translation>Licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Seat ID</source>
            <translation>Licens-ID</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Seat renews</source>
            <translation>Licensen fornyes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Seatkeeper roster (JSON)</source>
            <translation>Seatkeeper-licensregister (JSON)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Seats</source>
            <translation>Licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Sign-in name</source>
            <translation>Loginnavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_steps.py" />
            <source>Snipe-IT licence CSV</source>
            <translation>Licens-CSV fra Snipe-IT</translation>
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
            <translation>Kontrollen stoppede på grund af et uventet problem.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>The file cannot be imported: {error}</source>
            <translation>Filen kan ikke importeres: {error}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>The file holds nobody.</source>
            <translation>Filen indeholder ingen personer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>The first {shown} of the {n} rows are shown here; all of them are imported.</source>
            <translation>
                <numerusform>De første {shown} af {n} række vises her; alle importeres.</numerusform>
                <numerusform>De første {shown} af de {n} rækker vises her; alle importeres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>The folder for the rejected rows does not exist.</source>
            <translation>Mappen til de afviste rækker findes ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>The rows are written in one transaction: all of them, or none.</source>
            <translation>Rækkerne skrives i én transaktion: alle eller ingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>There is no file at that path.</source>
            <translation>Der findes ingen fil med den sti.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>This file cannot be read: {error}</source>
            <translation>Filen kan ikke læses: {error}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Updated</source>
            <translation>Opdateret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Username</source>
            <translation>Brugernavn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Using the mapping you chose last time for these columns.</source>
            <translation>Bruger den tilknytning, du valgte sidst for disse kolonner.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Value</source>
            <translation>Værdi</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Vendor</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>What happens to rows that cannot be imported. Nothing is written before you press Import.</source>
            <translation>Hvad der sker med rækker, der ikke kan importeres. Intet skrives, før du vælger Importér.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Which column of the file holds each field. Seatkeeper guessed from the column names; your choices are remembered for files with the same columns.</source>
            <translation>Hvilken kolonne i filen der indeholder hvert felt. Seatkeeper har gættet ud fra kolonnenavnene; dine valg huskes for filer med de samme kolonner.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>Why it cannot be imported</source>
            <translation>Hvorfor den ikke kan importeres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Writing the rows in one transaction… Cancel leaves the roster as it was.</source>
            <translation>Skriver rækkerne i én transaktion… Annuller efterlader licensregistret, som det var.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>as you chose</source>
            <translation>som du valgte</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>detected</source>
            <translation>fundet automatisk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>it@example.com</source>
            <translation>it@example.com</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>nothing</source>
            <translation>intet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>unexpected error</source>
            <translation>uventet fejl</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>{amount} a seat for {n} month(s)</source>
            <translation>
                <numerusform>{amount} pr. licens for {n} måned</numerusform>
                <numerusform>{amount} pr. licens for {n} måneder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/import_rows_model.py" />
            <source>{amount} for all {seats} seats, {n} month(s)</source>
            <translation>
                <numerusform>{amount} i alt for {seats} licens(er), {n} måned</numerusform>
                <numerusform>{amount} i alt for {seats} licens(er), {n} måneder</numerusform>
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
                <numerusform>{n} enhedstilslutning</numerusform>
                <numerusform>{n} enhedstilslutninger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} device(s)</source>
            <translation>
                <numerusform>{n} enhed</numerusform>
                <numerusform>{n} enheder</numerusform>
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
                <numerusform>{n} ordre</numerusform>
                <numerusform>{n} ordrer</numerusform>
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
                <numerusform>{n} række kan ikke importeres. Vælg, hvad der skal ske; under alle omstændigheder skrives rækkerne i ét trin, og Annuller under importen efterlader licensregistret, som det var.</numerusform>
                <numerusform>{n} rækker kan ikke importeres. Vælg, hvad der skal ske; under alle omstændigheder skrives rækkerne i ét trin, og Annuller under importen efterlader licensregistret, som det var.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} seat(s)</source>
            <translation>
                <numerusform>{n} licens</numerusform>
                <numerusform>{n} licenser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_preview_page.py" />
            <source>{n} secret(s)</source>
            <translation>
                <numerusform>{n} hemmelighed</numerusform>
                <numerusform>{n} hemmeligheder</numerusform>
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
                <numerusform>{n} leverandørkonti</numerusform>
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
            <translation>&amp;Sprog…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/language.py" />
            <source>The new language is used from the next start.</source>
            <translation>Det nye sprog bruges fra næste start.</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>&amp;Language of the window:</source>
            <translation>&amp;Vinduets sprog:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>As the system ({language})</source>
            <translation>Som systemet ({language})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>Seatkeeper changes its language the next time it starts. Dates, numbers and amounts follow the language chosen.</source>
            <translation>Seatkeeper skifter sprog, næste gang programmet starter. Datoer, tal og beløb følger det valgte sprog.</translation>
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
            <translation> dage før</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>&amp;First reminder</source>
            <translation>&amp;Første påmindelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>&amp;Second reminder</source>
            <translation>&amp;Anden påmindelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>Days before the deadline</source>
            <translation>Dage før fristen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>Reminder lead times</source>
            <translation>Varslingstider for påmindelser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>Seatkeeper reminds you of each cancel-by, trial end, renewal and seat lapse this long before it, at launch and hourly while it runs. Reminders missed while it was closed come at the next launch.</source>
            <translation>Seatkeeper minder dig om hver frist for opsigelse, afslutning af prøveperiode, fornyelse og udløb af en licens så lang tid i forvejen, ved start og hver time, mens programmet kører. Påmindelser, der blev overset, mens programmet var lukket, vises ved næste start.</translation>
        </message>
    </context>
    <context>
        <name>LicenceTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Devices</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Holder</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>No</source>
            <translation>Nej</translation>
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
            <translation>Licens</translation>
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
                <numerusform>{n} enhed tilsluttet samtidig, af højst {limit}</numerusform>
                <numerusform>{n} enheder tilsluttet samtidig, af højst {limit}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>{n} device(s) connected at once; the limit is not known</source>
            <translation>
                <numerusform>{n} enhed tilsluttet samtidig; grænsen er ukendt</numerusform>
                <numerusform>{n} enheder tilsluttet samtidig; grænsen er ukendt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LicencesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>1 seat</source>
            <translation>1 licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Changes (audit log)</source>
            <translation>Ændringer (revisionslog)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Connected devices</source>
            <translation>Tilsluttede enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Devices connected</source>
            <translation>Enheder tilsluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Filter by subscription, seat, holder or e-mail (Ctrl+F)</source>
            <translation>Filtrér efter abonnement, licens, bruger eller e-mail (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Holder</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Never assigned.</source>
            <translation>Aldrig tildelt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No change recorded for this seat.</source>
            <translation>Der er ikke registreret ændringer for denne licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No device uses this seat.</source>
            <translation>Ingen enhed bruger denne licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No — lapses at the renewal date</source>
            <translation>Nej — udløber på fornyelsesdatoen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>None stored for this seat.</source>
            <translation>Der er ikke gemt loginoplysninger for denne licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Owner (controls all seats)</source>
            <translation>Ejer (styrer alle licenser)</translation>
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
            <translation>Fornyes ved næste faktureringsperiode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Seat {licence_id}</source>
            <translation>Licens {licence_id}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Select a seat to see its holder, history, devices and credentials.</source>
            <translation>Vælg en licens for at se dens bruger, historik, enheder og loginoplysninger.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Sign-in credentials (in the keyring)</source>
            <translation>Loginoplysninger (i nøgleringen)</translation>
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
            <translation>Hvem har haft licensen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{count} seats</source>
            <translation>{count} licenser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{n} (limit not known)</source>
            <translation>
                <numerusform>{n} (grænse ukendt)</numerusform>
                <numerusform>{n} (grænse ukendt)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{plan_months} months, billed in {currency}</source>
            <translation>{plan_months} måneder, faktureres i {currency}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Credentials unavailable</source>
            <translation>Loginoplysninger ikke tilgængelige</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Keyring: {name}</source>
            <translation>Nøglering: {name}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>No secure keyring on this system, so seat credentials cannot be stored or shown. Everything else works.</source>
            <translation>Der er ingen sikker nøglering på dette system, så licensernes loginoplysninger kan hverken gemmes eller vises. Alt andet virker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>No secure keyring was found on this system: seat credentials are unavailable. Everything else works.</source>
            <translation>Der blev ikke fundet en sikker nøglering på dette system: licensernes loginoplysninger er ikke tilgængelige. Alt andet virker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Opening the roster…</source>
            <translation>Åbner licensregistret…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Screens</source>
            <translation>Skærme</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Seatkeeper — {roster}</source>
            <translation>Seatkeeper — {roster}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Seatkeeper — {roster} (read-only review)</source>
            <translation>Seatkeeper — {roster} (skrivebeskyttet gennemgang)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>{screen} screen</source>
            <translation>Skærmbilledet {screen}</translation>
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
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;Seats</source>
            <translation>&amp;Licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>Open a roster first.</source>
            <translation>Åbn først et licensregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>S&amp;end</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>Se&amp;ttings</source>
            <translation>&amp;Indstillinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang; intet kan ændres.</translation>
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
            <translation>--head skal have hændelsen og begyndelsen af dens hashværdi, sådan som en rapport viser dem, f.eks. 1234:9f86d081884c7d65, ikke “{text}”.</translation>
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
            <translation>--monthly-price “{text}” er ikke et beløb; skriv det som 12.95.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/transfer.py" />
            <source>--rejects is written by a real import, not a dry run.</source>
            <comment>cli.rejects_need_an_import</comment>
            <translation>--rejects skrives kun ved en rigtig import, ikke ved en prøvekørsel.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/spend_commands.py" />
            <source>--{option}: “{text}” is not a date (YYYY-MM-DD).</source>
            <comment>cli.spend_not_a_date</comment>
            <translation>--{option}: “{text}” er ikke en dato (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/terms_commands.py" />
            <source>--{option}: “{text}” is not a whole number.</source>
            <comment>cli.terms_not_a_number</comment>
            <translation>--{option}: “{text}” er ikke et heltal.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/exports.py" />
            <source>A PDF needs the window's PDF writer, which is not loaded here; export the report as HTML instead.</source>
            <comment>transfer.no_pdf_writer</comment>
            <translation>En PDF kræver vinduets PDF-skriver, som ikke er indlæst her; eksportér rapporten som HTML i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>A billing period is between 1 and 120 months.</source>
            <comment>terms.plan_out_of_range</comment>
            <translation>En faktureringsperiode er på mellem 1 og 120 måneder.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>A delivery can take up to 24 hours. It shows as pending until it is confirmed delivered, and as overdue after 24 hours.</source>
            <comment>delivery.window_note</comment>
            <translation>En levering kan tage op til 24 timer. Den vises som afventende, indtil den er bekræftet leveret, og som forsinket efter 24 timer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>A device limit is between 1 and {most}.</source>
            <comment>terms.devices_out_of_range</comment>
            <translation>En enhedsgrænse ligger mellem 1 og {most}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>A download link for this subscription cannot be sent:
{reasons}</source>
            <comment>send.link_refused</comment>
            <translation>Der kan ikke sendes et downloadlink til dette abonnement:
{reasons}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A new plan can be started only when every seat has been cancelled; {active} seat(s) are still active.</source>
            <comment>volume.seats_still_active</comment>
            <translation>En ny plan kan først startes, når alle licenser er opsagt; {active} licens(er) er stadig aktive.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>A note can be at most 1000 characters.</source>
            <comment>review.note_too_long</comment>
            <translation>En note kan højst være på 1000 tegn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>A notice period is between 0 and {most} days.</source>
            <comment>terms.notice_out_of_range</comment>
            <translation>Et opsigelsesvarsel ligger mellem 0 og {most} dage.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>A period can be at most ten years long.</source>
            <comment>spend.period_too_long</comment>
            <translation>En periode kan højst være ti år lang.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>A plan lasts at least one month.</source>
            <comment>app_store.plan_too_short</comment>
            <translation>En plan varer mindst én måned.</translation>
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
            <translation>En pris dækker 1 til {most} måneder, ikke {months}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rates.py" />
            <source>A rate converts between two currencies, not {currency} to itself.</source>
            <comment>rates.same_currency</comment>
            <translation>En kurs omregner mellem to valutaer, ikke fra {currency} til samme valuta.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>A region is a two-letter country code.</source>
            <comment>import.bad_region</comment>
            <translation>Et område er en landekode på to bogstaver.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>A reminder cannot come after its deadline.</source>
            <comment>deadlines.reminder_after_deadline</comment>
            <translation>En påmindelse kan ikke komme efter sin frist.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A seat holder needs a name.</source>
            <comment>volume.holder_needs_name</comment>
            <translation>Brugeren af en licens skal have et navn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/people.py" />
            <source>A seat holder needs an e-mail address (VL-11).</source>
            <comment>import.no_holder_email</comment>
            <translation>Brugeren af en licens skal have en e-mailadresse (VL-11).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>A seat id is between 1 and {most} characters.</source>
            <comment>seat.bad_licence_id</comment>
            <translation>Et licens-id er på mellem 1 og {most} tegn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminders.py" />
            <source>A snooze must end in the future.</source>
            <comment>reminders.snooze_in_past</comment>
            <translation>En udsættelse skal slutte i fremtiden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>A trial or in-app purchase cannot start yet:
{problems}</source>
            <comment>app_store.trial_cannot_start</comment>
            <translation>En gratis prøveperiode eller et køb i appen kan ikke starte endnu:
{problems}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume licence can be requested only for an existing vendor account; create or buy the account first.</source>
            <comment>volume.account_needed</comment>
            <translation>Der kan kun anmodes om en volumenlicens til en eksisterende leverandørkonto; opret eller køb kontoen først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume purchase that is {current} cannot become {wanted}: it goes requested -&gt; approved -&gt; completed, and only an approved request can be completed.</source>
            <comment>volume.order_step</comment>
            <translation>Et volumenkøb med status {current} kan ikke få status {wanted}: det går fra anmodet -&gt; godkendt -&gt; gennemført, og kun en godkendt anmodning kan gennemføres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume subscription cannot be downgraded to a regular subscription.</source>
            <comment>volume.no_downgrade</comment>
            <translation>Et volumenlicensabonnement kan ikke nedgraderes til et almindeligt abonnement.</translation>
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
            <translation>Aktiv, udløber {on}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>After decisions</source>
            <comment>report.after</comment>
            <translation>Efter beslutningerne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>All seats of a volume subscription renew together on {renewal}; seats that should renew on {seat} need a separate volume subscription.</source>
            <comment>volume.one_renewal_date</comment>
            <translation>Alle licenser i et volumenlicensabonnement fornyes samtidig den {renewal}; licenser, der skal fornyes den {seat}, kræver et separat volumenlicensabonnement.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>An App Store subscription is billed in the local currency of the store; enter that currency (e.g. NOK).</source>
            <comment>app_store.local_currency_needed</comment>
            <translation>Et App Store-abonnement faktureres i butikkens lokale valuta; angiv den valuta (f.eks. DKK).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>Another delivery to this device is still pending.</source>
            <comment>send.delivery_pending</comment>
            <translation>En anden levering til denne enhed afventer stadig.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Another seat of this subscription is already called {licence_id}.</source>
            <comment>seat.licence_id_taken</comment>
            <translation>En anden licens i dette abonnement hedder allerede {licence_id}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Applied</source>
            <comment>report.applied</comment>
            <translation>Udført</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Asked {email}; no answer by {reply_by}</source>
            <comment>review.detail.holder_not_answered</comment>
            <translation>Spurgte {email}; intet svar inden {reply_by}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Assigned seats</source>
            <comment>report.assigned_seats</comment>
            <translation>Tildelte licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>At most {limit} devices can be connected on one seat at once (virtual machines count); disconnect one first.</source>
            <comment>volume.too_many_connected</comment>
            <translation>Der kan højst være {limit} enheder tilsluttet én licens samtidig (virtuelle maskiner tæller med); afbryd forbindelsen til en af dem først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>At most {most} characters.</source>
            <comment>people.too_long</comment>
            <translation>Højst {most} tegn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Before decisions</source>
            <comment>report.before</comment>
            <translation>Før beslutningerne</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Before decisions: {before}; after: {after}.</source>
            <comment>report.before_after</comment>
            <translation>Før beslutningerne: {before}; efter: {after}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Cancel by {deadline} (before the {what})</source>
            <comment>review.detail.cancel_by</comment>
            <translation>Opsig senest {deadline} (før {what})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Cancel by {deadline} (in the App Store, {notice} before the {what})</source>
            <comment>review.detail.cancel_by_store</comment>
            <translation>Opsig senest {deadline} (i App Store, {notice} før {what})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Cancel by {deadline} ({notice} before the {what})</source>
            <comment>review.detail.cancel_by_notice</comment>
            <translation>Opsig senest {deadline} ({notice} før {what})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Cancel-by deadline soon</source>
            <comment>review.kind.cancel_by_soon</comment>
            <translation>Opsigelsesfrist nærmer sig</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Cancelled</source>
            <comment>seat.status.cancelled</comment>
            <translation>Opsagt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Cancelled, active until {until}</source>
            <comment>seat.status.cancelled_until</comment>
            <translation>Opsagt, aktiv indtil {until}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>Cancelled, usable until {until}</source>
            <comment>subscription.status.cancelled</comment>
            <translation>Opsagt, kan bruges indtil {until}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>Cannot combine {one} and {other} amounts.</source>
            <comment>money.mixed_currencies</comment>
            <translation>Beløb i {one} og {other} kan ikke lægges sammen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Change</source>
            <comment>report.change</comment>
            <translation>Ændring</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Charged if nothing is done: {amount}</source>
            <comment>remind.digest_charge</comment>
            <translation>Opkræves, hvis intet gøres: {amount}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Charges in the next 12 months ({currency})</source>
            <comment>report.forecast</comment>
            <translation>Opkrævninger de næste 12 måneder ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>Choose at least one device to send the subscription to.</source>
            <comment>delivery.no_device_chosen</comment>
            <translation>Vælg mindst én enhed, som abonnementet skal sendes til.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deadlines.py" />
            <source>Choose between 0 and {most} days ahead.</source>
            <comment>deadlines.days_out_of_range</comment>
            <translation>Vælg mellem 0 og {most} dage frem.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>Choose the card brand from the list: {brands}.</source>
            <comment>cards.unknown_brand</comment>
            <translation>Vælg korttypen på listen: {brands}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminders.py" />
            <source>Choose the date to remind again.</source>
            <comment>reminders.snooze_needs_date</comment>
            <translation>Vælg datoen for næste påmindelse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Copying {item} replaces whatever is on the clipboard now. Make sure the clipboard holds nothing you still need.</source>
            <comment>delivery.clipboard_replaced</comment>
            <translation>Når du kopierer {item}, erstattes det, der ligger i udklipsholderen nu. Sørg for, at udklipsholderen ikke indeholder noget, du stadig har brug for.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Count</source>
            <comment>report.count</comment>
            <translation>Antal</translation>
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
            <translation>Fravalgt i gennemgangen (sparet)</translation>
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
            <translation>Registrerede beslutninger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Delivery pending for over 24 hours</source>
            <comment>review.kind.delivery_pending_over_24h</comment>
            <translation>Levering har afventet i over 24 timer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Desktop notification not shown: {reason} The reminders stay open and the next run tries again.</source>
            <comment>remind.notify_failed</comment>
            <translation>Skrivebordsnotifikationen blev ikke vist: {reason} Påmindelserne forbliver åbne, og næste kørsel prøver igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Detail</source>
            <comment>report.detail</comment>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Device of someone who left still connected</source>
            <comment>review.kind.leaver_device_connected</comment>
            <translation>En fratrådt persons enhed er stadig tilsluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Devices</source>
            <comment>report.devices</comment>
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Dismiss</source>
            <translation>Luk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Do not renew</source>
            <comment>report.decision.do_not_renew</comment>
            <translation>Forny ikke</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/holder_asks.py" />
            <source>Do you still need {subscription}?</source>
            <comment>ask.subject</comment>
            <translation>Har du stadig brug for {subscription}?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Download the app for {name}</source>
            <comment>mail.link_subject</comment>
            <translation>Download appen til {name}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Due: {when} ({left} left)</source>
            <comment>remind.digest_due</comment>
            <translation>Tidspunkt: {when} ({left} tilbage)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>E-mail digest not sent: no SMTP server is configured (Settings → SMTP or `seatkeeper smtp set`). The reminders stay open.</source>
            <comment>remind.no_smtp</comment>
            <translation>E-mailsammendraget blev ikke sendt: der er ikke konfigureret nogen SMTP-server (Indstillinger → E-mail (SMTP) eller `seatkeeper smtp set`). Påmindelserne forbliver åbne.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>E-mail digest not sent: no usable keyring holds the SMTP password. The reminders stay open.</source>
            <comment>remind.no_keyring</comment>
            <translation>E-mailsammendraget blev ikke sendt: ingen brugbar nøglering indeholder SMTP-adgangskoden. Påmindelserne forbliver åbne.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>E-mail digest not sent: {reason} The reminders stay open and the next run tries again.</source>
            <comment>remind.mail_failed</comment>
            <translation>E-mailsammendraget blev ikke sendt: {reason} Påmindelserne forbliver åbne, og næste kørsel prøver igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminders.py" />
            <source>Each reminder comes between 0 and 366 days before its deadline.</source>
            <comment>reminders.lead_out_of_range</comment>
            <translation>Hver påmindelse kommer mellem 0 og 366 dage før sin frist.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Each reminder stays open in Seatkeeper (Reminders) until you handle it.</source>
            <comment>remind.digest_footer</comment>
            <translation>Hver påmindelse forbliver åben i Seatkeeper (Påmindelser), indtil du har behandlet den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>Enter exactly the last four digits of the card (four digits, 0-9).</source>
            <comment>cards.not_last_four</comment>
            <translation>Angiv præcis de sidste fire cifre i kortnummeret (fire cifre, 0-9).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>Enter the mail server's host name, e.g. smtp.example.com.</source>
            <comment>mail.settings.no_host</comment>
            <translation>Angiv mailserverens værtsnavn, f.eks. smtp.example.com.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>Enter the password for “{user}” on {host}.</source>
            <comment>mail.settings.no_password</comment>
            <translation>Angiv adgangskoden til “{user}” på {host}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/credentials.py" />
            <source>Enter the password the vendor assigned to this seat.</source>
            <comment>credentials.no_password</comment>
            <translation>Angiv den adgangskode, som leverandøren har tildelt denne licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>Enter the reviewer's name to sign off.</source>
            <comment>review.no_reviewer</comment>
            <translation>Angiv navnet på den, der godkender gennemgangen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/credentials.py" />
            <source>Enter the user name the vendor assigned to this seat.</source>
            <comment>credentials.no_username</comment>
            <translation>Angiv det brugernavn, som leverandøren har tildelt denne licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>Event {event}: the append-only protection had been dropped and was put back on {at}.</source>
            <comment>audit.restored_before</comment>
            <translation>Hændelse {event}: beskyttelsen mod ændring og sletning var fjernet og blev genetableret den {at}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>Every licence needs its item name.</source>
            <comment>import.snipeit.no_item_name</comment>
            <translation>Hver licens skal have et elementnavn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>Every row needs the subscription's name.</source>
            <comment>import.no_subscription</comment>
            <translation>Hver række skal have abonnementets navn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Expired</source>
            <comment>seat.status.expired</comment>
            <translation>Udløbet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>Expired</source>
            <comment>subscription.status.expired</comment>
            <translation>Udløbet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Expired subscription still assigned</source>
            <comment>review.kind.expired_still_assigned</comment>
            <translation>Udløbet abonnement er stadig tildelt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Finding</source>
            <comment>report.finding</comment>
            <translation>Fund</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Finding details</source>
            <comment>report.finding_details</comment>
            <translation>Detaljer om fundene</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Findings</source>
            <comment>report.findings</comment>
            <translation>Fund</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Finishing may need a step on the device you sent the subscription from: if its app shows a message about this delivery, open the app there and follow its instructions.</source>
            <comment>delivery.hint_device_send</comment>
            <translation>Du skal muligvis afslutte leveringen på den enhed, du sendte abonnementet fra: hvis appen dér viser en meddelelse om denne levering, skal du åbne appen dér og følge vejledningen.</translation>
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
            <translation>Gratis prøveperiode for {name} slutter, og abonnementet vil blive opkrævet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Free trial of {name} ends and the 12-month price is charged</source>
            <comment>deadlines.trial_ends_store</comment>
            <translation>Gratis prøveperiode for {name} slutter, og 12-månedersprisen vil blive opkrævet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Held by {email}, who left on {left_on}</source>
            <comment>review.detail.seat_held_by_leaver</comment>
            <translation>Tildelt {email}, som fratrådte den {left_on}</translation>
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
            <translation>Hej {name},

Du har en licens til {subscription} ({seat}). Den fornyes og skal betales igen den {renewal}.

Har du stadig brug for den? Svar venligst på denne mail senest {reply_by} med “behold” eller “frigiv”.

Hvis vi ikke har fået svar inden da, tages der stilling til licensen uden dit svar.

På forhånd tak
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
            <translation>Hej {name},

Du har en licens til {subscription} ({seat}). Den fornyes den {renewal} og skal betales igen, medmindre den opsiges senest {deadline}.

Har du stadig brug for den? Svar venligst på denne mail senest {reply_by} med “behold” eller “frigiv”.

Hvis vi ikke har fået svar inden da, tages der stilling til licensen uden dit svar.

På forhånd tak
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
            <translation>Hej

Brug dette link til at downloade og installere appen til {platform}, der er inkluderet i abonnementet “{name}”:

{link}

Åbn denne e-mail på den enhed, hvor du vil bruge abonnementet, og følg vejledningen efter installationen.

Denne meddelelse indeholder hverken adgangskode eller aktiveringskode.
</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Holder</source>
            <comment>report.holder</comment>
            <translation>Bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Holder asked, no answer by the reply-by date</source>
            <comment>review.kind.holder_not_answered</comment>
            <translation>Brugeren er spurgt, men har ikke svaret inden svarfristen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Holder not in the directory</source>
            <comment>review.kind.holder_not_in_directory</comment>
            <translation>Brugeren er ikke i kataloget</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It expires on {expires}, sooner than the subscription the device uses now (until {current}).</source>
            <comment>send.expires_sooner</comment>
            <translation>Det udløber den {expires}, før det abonnement, enheden bruger nu (til {current}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It has no free slot left (devices or users) under its limit.</source>
            <comment>send.no_free_slot</comment>
            <translation>Der er ingen tomme pladser (enheder eller brugere) tilbage under abonnementsgrænsen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a per-user service: it activates itself when the user connects to the account, so it is not sent.</source>
            <comment>send.per_user_service</comment>
            <translation>Det er en per bruger-tjeneste: den aktiveres automatisk, når brugeren forbinder sig til kontoen, så den sendes ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a small-office business subscription: only its subscription administrator can send it, from its management console.</source>
            <comment>send.admin_console_only</comment>
            <translation>Det er et abonnement til små virksomheder: det kan kun sendes fra administrationskonsollen af abonnementsadministratoren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a {kind} subscription; trial and free subscriptions cannot be sent.</source>
            <comment>send.trial_or_free</comment>
            <translation>Det er et abonnement af typen {kind}; prøveabonnementer og gratis abonnementer kan ikke sendes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is limited (in time or number of devices), and the device uses an auto-renewing subscription.</source>
            <comment>send.limited_while_autorenew_in_use</comment>
            <translation>Det er begrænset (i tid eller antal enheder), og enheden bruger et abonnement med automatisk fornyelse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It needs app version {required} or later; the device has {installed}.</source>
            <comment>send.app_version_too_old</comment>
            <translation>Det kræver appversion {required} eller nyere; enheden har {installed}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It renews automatically, and the device uses an active subscription limited in time or number of devices.</source>
            <comment>send.autorenew_while_limited_in_use</comment>
            <translation>Det fornyes automatisk, og enheden bruger et aktivt abonnement, der er begrænset i tid eller antal enheder.</translation>
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
            <translation>Den mindste appversion, “{required}”, kan ikke læses, så det kan ikke afgøres, om abonnementet er kompatibelt med enheden.</translation>
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
            <translation>Udløber (opkræves ikke)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Lapses {on}</source>
            <comment>seat.status.lapses</comment>
            <translation>Udløber {on}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Last moment to cancel {name} in the App Store without being charged</source>
            <comment>deadlines.last_cancel_store</comment>
            <translation>Sidste frist for at opsige {name} i App Store uden at blive opkrævet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Last moment to cancel {name} without being charged ({notice} notice)</source>
            <comment>deadlines.last_cancel_notice</comment>
            <translation>Sidste frist for at opsige {name} uden at blive opkrævet ({notice} opsigelsesvarsel)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Licence roster review</source>
            <comment>report.title</comment>
            <translation>Gennemgang af licensregistret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>Line {line} of the rate file cannot be read: {problem}</source>
            <comment>rates.file_bad_row</comment>
            <translation>Linje {line} i kursfilen kan ikke læses: {problem}</translation>
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
            <translation>Pris ved næste fornyelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/send.py" />
            <source>No SMTP server is configured. Set one with `seatkeeper smtp set` or in Settings, or send the link from your mail client.</source>
            <comment>cli.smtp_not_configured</comment>
            <translation>Der er ikke konfigureret en SMTP-server. Angiv en med `seatkeeper smtp set` eller i Indstillinger, eller send linket fra dit mailprogram.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>No SMTP server is configured. Set one with `seatkeeper smtp set` or in Settings, or send the link from your mail client.</source>
            <comment>mail.not_configured</comment>
            <translation>Der er ikke konfigureret en SMTP-server. Angiv en med `seatkeeper smtp set` eller i Indstillinger, eller send linket fra dit mailprogram.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/holder_asks.py" />
            <source>No SMTP server is set up: set one in Settings → E-mail (SMTP)… first.</source>
            <comment>ask.no_mail</comment>
            <translation>Der er ikke sat en SMTP-server op: angiv en under Indstillinger → E-mail (SMTP)… først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>No account owner e-mail: map the column that holds it, or give the owner's e-mail for rows without one.</source>
            <comment>import.no_owner</comment>
            <translation>Ingen e-mail for kontoejer: knyt kolonnen, der indeholder den, eller angiv ejerens e-mail til rækker uden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/plan.py" />
            <source>No column is mapped to “{field}”; choose one before importing.</source>
            <comment>import.not_mapped</comment>
            <translation>Der er ikke tilknyttet nogen kolonne til “{field}”; vælg en, før du importerer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>No department</source>
            <comment>spend.no_department</comment>
            <translation>Ingen afdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/desktop_notify.py" />
            <source>No desktop session bus to notify on ({reason}).</source>
            <comment>notify.no_bus</comment>
            <translation>Ingen sessionsbus på skrivebordet at sende notifikationer via ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>No device connected</source>
            <comment>review.detail.no_device</comment>
            <translation>Ingen enhed tilsluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>No holder</source>
            <comment>review.detail.unassigned_seat</comment>
            <translation>Ingen bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>No holder</source>
            <comment>spend.no_holder</comment>
            <translation>Ingen bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/desktop_notify.py" />
            <source>No notification service answered on the desktop bus ({reason}).</source>
            <comment>notify.no_service</comment>
            <translation>Ingen notifikationstjeneste svarede på skrivebordets bus ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/remind_schedule.py" />
            <source>No scheduler to register with here: {reason}. Run `seatkeeper remind --db {roster}` from your own scheduler every hour instead.</source>
            <comment>remind.no_scheduler</comment>
            <translation>Her er ingen opgavestyring at registrere sig hos: {reason}. Kør i stedet `seatkeeper remind --db {roster}` fra din egen opgavestyring hver time.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/keyring_vault.py" />
            <source>No secure keyring on this system, so credentials cannot be stored or shown. Install and unlock one (GNOME Keyring or KWallet on Linux); nothing was written.</source>
            <comment>vault.unavailable</comment>
            <translation>Der er ingen sikker nøglering på dette system, så loginoplysninger kan hverken gemmes eller vises. Installér og lås en op (GNOME Keyring eller KWallet på Linux); intet blev skrevet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>No secure keyring was found, so a server that needs a login cannot be saved: its password would have nowhere safe to go. A relay without login (leave the user empty) works without one.</source>
            <comment>mail.no_keyring_for_login</comment>
            <translation>Der blev ikke fundet nogen sikker nøglering, så en server, der kræver login, kan ikke gemmes: adgangskoden ville ikke have noget sikkert sted at ligge. En relæserver uden login (lad brugeren være tom) fungerer uden.</translation>
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
            <translation>Endnu ikke godkendt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Note</source>
            <comment>report.note</comment>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Nothing is charged: it lapses.</source>
            <comment>remind.digest_no_charge</comment>
            <translation>Intet opkræves: det udløber.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Nothing is needed on the sending device: the recipient opens the e-mail on the device that will use the subscription and follows its instructions.</source>
            <comment>delivery.hint_link_send</comment>
            <translation>Der skal intet gøres på den afsendende enhed: modtageren åbner e-mailen på den enhed, der skal bruge abonnementet, og følger vejledningen i e-mailen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Nothing is needed on the sending device: this delivery is done.</source>
            <comment>delivery.hint_delivered</comment>
            <translation>Der skal intet gøres på den afsendende enhed: denne levering er gennemført.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Nothing is needed on the sending device: this delivery was undone.</source>
            <comment>delivery.hint_undone</comment>
            <translation>Der skal intet gøres på den afsendende enhed: denne levering blev fortrudt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Nothing is waiting on the sending device: this delivery failed; send it again if the device still needs the subscription.</source>
            <comment>delivery.hint_failed</comment>
            <translation>Intet afventer på den afsendende enhed: denne levering mislykkedes; send den igen, hvis enheden stadig skal have abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>Nothing was sent: “{subscription}” cannot be sent to {refused} of the {chosen} chosen devices.
{reasons}</source>
            <comment>delivery.devices_refused</comment>
            <translation>Intet blev sendt: “{subscription}” kan ikke sendes til {refused} af de {chosen} valgte enheder.
{reasons}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>One person holds two seats of one subscription</source>
            <comment>review.kind.person_holds_two_seats</comment>
            <translation>Én person har to licenser i samme abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>Only a new volume purchase goes through request and approval.</source>
            <comment>order.not_a_request</comment>
            <translation>Kun et nyt volumenkøb går gennem anmodning og godkendelse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Only a pending delivery can be marked delivered; this one is already {status}.</source>
            <comment>delivery.only_pending_delivered</comment>
            <translation>Kun en afventende levering kan markeres som leveret; denne har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>Only a pending delivery can be marked failed; this one is already {status}.</source>
            <comment>delivery.only_pending_fails</comment>
            <translation>Kun en afventende levering kan markeres som mislykket; denne har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Only a pending delivery can be undone; this one is already {status}.</source>
            <comment>delivery.only_pending_undone</comment>
            <translation>Kun en afventende levering kan fortrydes; denne har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>Only an active subscription can fail a payment; {name} is {status}.</source>
            <comment>subscription.not_active_payment</comment>
            <translation>Kun et aktivt abonnement kan få en mislykket betaling; {name} har status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Only the subscription's owner ({owner}) can change its seats; {actor} is not the owner.</source>
            <comment>volume.owner_only</comment>
            <translation>Kun abonnementets ejer ({owner}) kan ændre dets licenser; {actor} er ikke ejeren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rows.py" />
            <source>Payment failed</source>
            <comment>seat.status.payment_failed</comment>
            <translation>Betaling mislykkedes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>Payment failed</source>
            <comment>subscription.status.payment_failed</comment>
            <translation>Betaling mislykkedes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Pending deliveries</source>
            <comment>report.pending_deliveries</comment>
            <translation>Afventende leveringer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Reassign</source>
            <comment>report.decision.reassign</comment>
            <translation>Tildel igen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Reclaim</source>
            <comment>report.decision.reclaim</comment>
            <translation>Inddrag</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/people_commands.py" />
            <source>Releasing frees {seats} seat(s) and disconnects {devices} device(s) of {email}; run it again with --yes to do it.</source>
            <comment>cli.release_needs_yes</comment>
            <translation>Frigivelsen frigør {seats} licens(er) og afbryder forbindelsen til {devices} enhed(er) for {email}; kør kommandoen igen med --yes for at udføre den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Renews on {renewal} although nobody holds it</source>
            <comment>review.detail.auto_renew_unassigned</comment>
            <translation>Fornyes {renewal}, selv om den ikke er tildelt nogen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/team.py" />
            <source>Roles exist only on a team roster on PostgreSQL; an SQLite roster is guarded by its file's permissions.</source>
            <comment>team.only_on_server</comment>
            <translation>Roller findes kun i et fælles licensregister på PostgreSQL; et SQLite-licensregister beskyttes af filens rettigheder.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Roster</source>
            <comment>report.roster</comment>
            <translation>Licensregister</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>Row {line} cannot be read as CSV ({error}).</source>
            <comment>import.bad_row</comment>
            <translation>Række {line} kan ikke læses som CSV ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>Same e-mail address as row {first}.</source>
            <comment>people.same_person</comment>
            <translation>Samme e-mailadresse som række {first}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/plan.py" />
            <source>Same licence/seat as row {first}.</source>
            <comment>import.same_seat</comment>
            <translation>Samme licens som række {first}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/terms_commands.py" />
            <source>Say at least one term: --notice-days, --currency, --plan-months, --devices-per-seat, --devices-per-subscription or --auto-renew.</source>
            <comment>cli.terms_nothing_stated</comment>
            <translation>Angiv mindst ét vilkår: --notice-days, --currency, --plan-months, --devices-per-seat, --devices-per-subscription eller --auto-renew.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/deliveries.py" />
            <source>Say why the delivery failed.</source>
            <comment>delivery.no_fail_reason</comment>
            <translation>Angiv, hvorfor leveringen mislykkedes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Seat</source>
            <comment>report.seat</comment>
            <translation>Licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Seat has more devices connected than allowed</source>
            <comment>review.kind.seat_over_device_limit</comment>
            <translation>Licensen har flere tilsluttede enheder end tilladt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Seat has no device connected</source>
            <comment>review.kind.no_device</comment>
            <translation>Licensen har ingen tilsluttet enhed</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Seat has no holder</source>
            <comment>review.kind.unassigned_seat</comment>
            <translation>Licensen har ingen bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Seat held by someone who left</source>
            <comment>review.kind.seat_held_by_leaver</comment>
            <translation>Licens tildelt en, der er fratrådt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Seat {seat} ({holder}) of {name} lapses</source>
            <comment>deadlines.seat_of_lapses</comment>
            <translation>Licens {seat} ({holder}) i {name} udløber</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Seat {seat} has no holder.</source>
            <comment>seat.no_holder</comment>
            <translation>Licens {seat} har ingen bruger.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Seat {seat} is already held by {holder}.</source>
            <comment>seat.already_held</comment>
            <translation>Licens {seat} er allerede tildelt {holder}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Seat {seat} is held by {holder}; reassign it instead.</source>
            <comment>seat.held</comment>
            <translation>Licens {seat} er tildelt {holder}; tildel den igen i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>Seat {seat} of {name} lapses</source>
            <comment>deadlines.seat_lapses</comment>
            <translation>Licens {seat} i {name} udløber</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Seat {seat} was changed by someone else since you opened it; reload it and try again.</source>
            <comment>seat.changed_meanwhile</comment>
            <translation>Licens {seat} er ændret af en anden, siden du åbnede den; indlæs den igen, og prøv igen.</translation>
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
            <translation>Seatkeeper kan ikke åbne sit vindue: systembiblioteket {libraries} mangler. Installer det med: {command}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>Seatkeeper cannot reach the roster server {where}. Check that it is running and that this computer may connect to it.</source>
            <comment>store.unreachable</comment>
            <translation>Seatkeeper kan ikke få forbindelse til licensregisterserveren {where}. Kontrollér, at den kører, og at denne computer må oprette forbindelse til den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>Seatkeeper cannot read {path}: {reason}.</source>
            <comment>import.unreadable</comment>
            <translation>Seatkeeper kan ikke læse {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>Seatkeeper cannot read {path}: {reason}.</source>
            <comment>store.cannot_read</comment>
            <translation>Seatkeeper kan ikke læse {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>Seatkeeper cannot write in the folder {folder} ({reason}). Choose a folder you can write to, or open the roster read-only.</source>
            <comment>store.folder_not_writable</comment>
            <translation>Seatkeeper kan ikke skrive i mappen {folder} ({reason}). Vælg en mappe, du har skriveadgang til, eller åbn licensregistret skrivebeskyttet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>Seatkeeper cannot write the roster {where}. Check that its folder exists and that you may write there.</source>
            <comment>store.cannot_write</comment>
            <translation>Seatkeeper kan ikke skrive licensregistret {where}. Kontrollér, at mappen findes, og at du har skriveadgang dér.</translation>
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
            <translation>Seatkeeper kunne ikke tage en sikkerhedskopi af {path} ({reason}); selve licensregistret blev ikke ændret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>Seatkeeper could not lock the roster {where}: the file system's locking failed, as it can on a network drive. Nothing was saved; try again, or keep the roster on a local disk.</source>
            <comment>store.locking_failed</comment>
            <translation>Seatkeeper kunne ikke låse licensregistret {where}: filsystemets låsning mislykkedes, hvilket kan ske på et netværksdrev. Intet blev gemt; prøv igen, eller gem licensregistret på en lokal disk.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>Seatkeeper could not restore {path} from {name} ({reason}). The roster was not changed.</source>
            <comment>backup.restore_failed</comment>
            <translation>Seatkeeper kunne ikke gendanne {path} fra {name} ({reason}). Licensregistret blev ikke ændret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>Seatkeeper does not know the kind of database in “{where}”. Use a file path, sqlite:///FILE or postgresql://USER@HOST/DATABASE.</source>
            <comment>store.unknown_kind</comment>
            <translation>Seatkeeper kender ikke databasetypen i “{where}”. Brug en filsti, sqlite:///FIL eller postgresql://BRUGER@VÆRT/DATABASE.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Seatkeeper hit an unexpected problem and did not finish what it was doing. Nothing already saved was lost.

Details are in the log: {log_file}</source>
            <translation>Seatkeeper stødte på et uventet problem og fik ikke gjort færdigt, hvad programmet var i gang med. Intet af det, der allerede var gemt, er gået tabt.

Detaljerne står i loggen: {log_file}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Seatkeeper review {as_of}</source>
            <comment>report.doc_title</comment>
            <translation>Seatkeeper-gennemgang {as_of}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>Seatkeeper test message</source>
            <comment>mail.test_subject</comment>
            <translation>Testmeddelelse fra Seatkeeper</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Seatkeeper: {count} deadline(s) coming</source>
            <comment>remind.digest_subject</comment>
            <translation>Seatkeeper: {count} frist(er) nærmer sig</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Seats</source>
            <comment>report.seats</comment>
            <translation>Licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Seats are charged for the months left until the renewal on {renewal}, and none are left on {on}; renew first, then add seats.</source>
            <comment>volume.no_months_left</comment>
            <translation>Licenser betales for de måneder, der er tilbage til fornyelsen den {renewal}, og den {on} er der ingen tilbage; forny først, og tilføj derefter licenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/exporting.py" />
            <source>Secrets can be exported only from a usable keyring.</source>
            <comment>export.secrets_need_keyring</comment>
            <translation>Hemmeligheder kan kun eksporteres fra en nøglering, der virker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>Security must be starttls, tls or none.</source>
            <comment>mail.settings.bad_security</comment>
            <translation>Sikkerhed skal være starttls, tls eller none.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>Select at least one seat.</source>
            <comment>seat.none_selected</comment>
            <translation>Vælg mindst én licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>Sending through the mail server {server} failed ({error}).</source>
            <comment>mail.send_failed</comment>
            <translation>Afsendelse gennem mailserveren {server} mislykkedes ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Sign-off</source>
            <comment>report.sign_off</comment>
            <translation>Godkendelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Signed off by {reviewer} on {on}.</source>
            <comment>report.signed</comment>
            <translation>Godkendt af {reviewer} den {on}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Something went wrong</source>
            <translation>Noget gik galt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>Steps to take:</source>
            <comment>remind.digest_steps</comment>
            <translation>Sådan gør du:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Still assigned to {email}</source>
            <comment>review.detail.expired_still_assigned</comment>
            <translation>Stadig tildelt {email}</translation>
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
            <translation>Abonnementet har flere enheder, end det har pladser til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Subscription has more seats than it was bought with</source>
            <comment>review.kind.subscription_over_seat_limit</comment>
            <translation>Abonnementet har flere licenser, end der blev købt</translation>
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
            <translation>Oversigt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/vendor_terms.py" />
            <source>Terms for {vendor} ({channel}) saved.</source>
            <comment>terms.saved</comment>
            <translation>Vilkårene for {vendor} ({channel}) er gemt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/deliveries.py" />
            <source>That delivery is no longer in the roster.</source>
            <comment>delivery.gone</comment>
            <translation>Den levering findes ikke længere i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/send_facts.py" />
            <location filename="../../src/seatkeeper/store/devices.py" />
            <source>That device is no longer in the roster.</source>
            <comment>device.gone</comment>
            <translation>Den enhed findes ikke længere i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>That looks like a whole card number. Seatkeeper keeps only the last four digits of a card; enter just those four.</source>
            <comment>cards.whole_number</comment>
            <translation>Det ligner et helt kortnummer. Seatkeeper gemmer kun de sidste fire cifre af et kort; angiv kun dem.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/people.py" />
            <source>That person is no longer in the roster.</source>
            <comment>person.gone</comment>
            <translation>Den person findes ikke længere i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>That purchase request is no longer in the roster.</source>
            <comment>order.gone</comment>
            <translation>Den købsanmodning findes ikke længere i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>That review change was already undone, or never made.</source>
            <comment>review.nothing_to_undo</comment>
            <translation>Den ændring fra gennemgangen er allerede fortrudt eller blev aldrig foretaget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <location filename="../../src/seatkeeper/store/records.py" />
            <source>That seat is no longer in the roster.</source>
            <comment>seat.gone</comment>
            <translation>Den licens findes ikke længere i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/holder_asks.py" />
            <source>That seat's holder was not asked; nothing to record.</source>
            <comment>ask.not_asked</comment>
            <translation>Brugeren af den licens er ikke blevet spurgt; der er intet at registrere.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/send_facts.py" />
            <location filename="../../src/seatkeeper/store/records.py" />
            <source>That subscription is no longer in the roster.</source>
            <comment>subscription.gone</comment>
            <translation>Det abonnement findes ikke længere i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>That vendor account (#{account_id}) is no longer in the roster.</source>
            <comment>account.not_found</comment>
            <translation>Den leverandørkonto (#{account_id}) findes ikke længere i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The App Store account has no active payment method; add one first.</source>
            <comment>app_store.no_payment_method</comment>
            <translation>App Store-kontoen har ingen aktiv betalingsmetode; tilføj en først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>The App Store bills this subscription every 12 months; a {months}-month plan is not available there.</source>
            <comment>app_store.store_bills_yearly</comment>
            <translation>App Store fakturerer dette abonnement hver 12. måned; en plan på {months} måneder findes ikke dér.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/trigram.py" />
            <source>The Licences filter has no trigram index on this PostgreSQL server, so each filter reads every seat (slower, still correct): {reason}. A server administrator can run “CREATE EXTENSION pg_trgm;” in this database; Seatkeeper then creates the indexes the next time it opens the roster.</source>
            <comment>store.trigram_unavailable</comment>
            <translation>Filteret på skærmen Licenser har intet trigramindeks på denne PostgreSQL-server, så hver filtrering læser alle licenser (langsommere, men stadig korrekt): {reason}. En serveradministrator kan køre “CREATE EXTENSION pg_trgm;” i denne database; Seatkeeper opretter derefter indeksene, næste gang licensregistret åbnes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>The PostgreSQL driver is not installed; install Seatkeeper with its 'postgres' extra.</source>
            <comment>store.no_postgres_driver</comment>
            <translation>PostgreSQL-driveren er ikke installeret; installér Seatkeeper med tilføjelsen “postgres”.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The amount due cannot be negative ({amount}).</source>
            <comment>volume.amount_due_negative</comment>
            <translation>Beløbet til betaling kan ikke være negativt ({amount}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The amount paid cannot be negative ({amount}).</source>
            <comment>volume.amount_paid_negative</comment>
            <translation>Det betalte beløb kan ikke være negativt ({amount}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The app is version {version}; version 7.3.7 or later is needed.</source>
            <comment>app_store.app_too_old</comment>
            <translation>Appen har version {version}; version 7.3.7 eller nyere kræves.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The audit log can only be added to; its events are never changed or deleted. Nothing was saved.</source>
            <comment>store.audit_append_only</comment>
            <translation>Der kan kun tilføjes til revisionsloggen; dens hændelser ændres eller slettes aldrig. Intet blev gemt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>The audit log cannot be trusted: {finding}.</source>
            <comment>audit.verify.untrusted</comment>
            <translation>Der kan ikke stoles på revisionsloggen: {finding}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/bundle.py" />
            <source>The audit log has been tampered with: {problem}. Run “seatkeeper audit verify”.</source>
            <comment>audit.head_problem_at_open</comment>
            <translation>Der er manipuleret med revisionsloggen: {problem}. Kør “seatkeeper audit verify”.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>The audit log held no events when this report was made.</source>
            <comment>report.audit_empty</comment>
            <translation>Revisionsloggen indeholdt ingen hændelser, da denne rapport blev lavet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>The audit log held {count} events when this report was made; the newest is event {event}, whose hash begins {hash}. Check later that none was removed or rewritten with: seatkeeper audit verify --head {event}:{hash}</source>
            <comment>report.audit_head</comment>
            <translation>Revisionsloggen indeholdt {count} hændelser, da denne rapport blev lavet; den nyeste er hændelse {event}, hvis hashværdi begynder med {hash}. Kontrollér senere, at ingen af dem er fjernet eller omskrevet, med: seatkeeper audit verify --head {event}:{hash}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>The audit log is broken at event {event}: {reason}. The {count} events before it are intact.</source>
            <comment>audit.verify.broken</comment>
            <translation>Revisionsloggen er brudt ved hændelse {event}: {reason}. De {count} hændelser før den er intakte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>The audit log is intact: {count} events checked.</source>
            <comment>audit.verify.intact</comment>
            <translation>Revisionsloggen er intakt: {count} hændelser kontrolleret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>The audit log's append-only protection had been removed (triggers {names}); Seatkeeper put it back. Run “seatkeeper audit verify”: events may have been changed meanwhile.</source>
            <comment>store.audit_triggers_restored</comment>
            <translation>Revisionsloggens beskyttelse mod ændring og sletning var fjernet (triggerne {names}); Seatkeeper har genetableret den. Kør “seatkeeper audit verify”: hændelser kan være ændret i mellemtiden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>The audit log's append-only protection has been removed (triggers {names}), so its events can be changed without a refusal. Open the roster with a login that may write to put it back, then run “seatkeeper audit verify”.</source>
            <comment>store.audit_triggers_missing</comment>
            <translation>Revisionsloggens beskyttelse mod ændring og sletning er fjernet (triggerne {names}), så dens hændelser kan ændres uden at blive afvist. Åbn licensregistret med et login, der har skriveadgang, for at genetablere den, og kør derefter “seatkeeper audit verify”.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>The backup {name} has {count} broken references (foreign key check failed).</source>
            <comment>backup.broken_references</comment>
            <translation>Sikkerhedskopien {name} har {count} brudte referencer (kontrollen af fremmednøgler mislykkedes).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>The backup {name} is damaged (integrity check failed).</source>
            <comment>backup.integrity_failed</comment>
            <translation>Sikkerhedskopien {name} er beskadiget (integritetskontrollen mislykkedes).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>The backup {name} is damaged.</source>
            <comment>backup.damaged</comment>
            <translation>Sikkerhedskopien {name} er beskadiget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/holder_asks.py" />
            <source>The cancel-by deadline ({deadline}) is too close to ask {email} and still act on the answer.</source>
            <comment>ask.too_late</comment>
            <translation>Opsigelsesfristen ({deadline}) er for tæt på til at spørge {email} og stadig nå at handle på svaret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>The chart of these charges is on the last page.</source>
            <comment>report.forecast_chart</comment>
            <translation>Diagrammet over disse opkrævninger findes på sidste side.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/session.py" />
            <source>The check of the file stopped unexpectedly (exit {code}); nothing was written.</source>
            <comment>import.check_died</comment>
            <translation>Kontrollen af filen stoppede uventet (afslutningskode {code}); intet blev skrevet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/session.py" />
            <source>The checked rows are no longer at hand; nothing was imported. Check the file again.</source>
            <comment>import.plan_gone</comment>
            <translation>De kontrollerede rækker er ikke længere til rådighed; intet blev importeret. Kontrollér filen igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The column “{header}” appears twice in the header row.</source>
            <comment>import.header_twice</comment>
            <translation>Kolonnen “{header}” forekommer to gange i overskriftsrækken.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The connection to the roster at {where} was lost. Try again.</source>
            <comment>store.connection_lost</comment>
            <translation>Forbindelsen til licensregistret på {where} blev afbrudt. Prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>The copy {name} holds no audit events: there is nothing in it to check the log against.</source>
            <comment>audit.verify.copy_empty</comment>
            <translation>Kopien {name} indeholder ingen revisionshændelser: der er intet i den at kontrollere loggen mod.</translation>
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
            <translation>Kreditten er i {credit}, men beløbet til betaling er i {due}; omregn den først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/desktop_notify.py" />
            <source>The desktop notification could not be shown ({reason}).</source>
            <comment>notify.command_failed</comment>
            <translation>Skrivebordsnotifikationen kunne ikke vises ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The device is not connected to the account.</source>
            <comment>send.device_not_connected</comment>
            <translation>Enheden er ikke tilsluttet kontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The device runs iOS {version}; iOS 12 or later is needed.</source>
            <comment>app_store.ios_too_old</comment>
            <translation>Enheden kører iOS {version}; iOS 12 eller nyere kræves.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The device's app version “{installed}” cannot be read, so it cannot be shown to be compatible (it needs {required} or later).</source>
            <comment>send.device_version_unreadable</comment>
            <translation>Enhedens appversion, “{installed}”, kan ikke læses, så det kan ikke afgøres, om den er kompatibel (abonnementet kræver {required} eller nyere).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The disk holding {where} is full. Nothing was saved; free some space and try again.</source>
            <comment>store.disk_full</comment>
            <translation>Disken med {where} er fuld. Intet blev gemt; frigør noget plads, og prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The disk holding {where} reported an error while Seatkeeper read or wrote the roster. Nothing was saved; check the disk (or its network connection) and try again.</source>
            <comment>store.io_error</comment>
            <translation>Disken med {where} rapporterede en fejl, mens Seatkeeper læste eller skrev licensregistret. Intet blev gemt; kontrollér disken (eller dens netværksforbindelse), og prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The encrypted connection to the mail server {server} failed ({reason}). Check the security setting: port 465 usually needs TLS, port 587 STARTTLS.</source>
            <comment>mail.tls_failed</comment>
            <translation>Den krypterede forbindelse til mailserveren {server} mislykkedes ({reason}). Kontrollér sikkerhedsindstillingen: port 465 kræver normalt TLS, port 587 STARTTLS.</translation>
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
            <translation>Eksporten nævner kontoen {vendor} &lt;{owner}&gt;, men angiver den ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/roster_json.py" />
            <source>The export refers to {what} {key}, which it does not list.</source>
            <comment>import.json.unlisted</comment>
            <translation>Eksporten henviser til {what} {key}, som den ikke angiver.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/child.py" />
            <source>The file changed after its dry run ({then} rows then, {now} now); nothing was imported. Run the import again to check it anew.</source>
            <comment>import.file_changed</comment>
            <translation>Filen er ændret efter prøvekørslen ({then} rækker dengang, {now} nu); intet blev importeret. Kør importen igen for at kontrollere den på ny.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/mapping.py" />
            <source>The file has no column “{header}”.</source>
            <comment>import.no_such_column</comment>
            <translation>Filen har ingen kolonne “{header}”.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>The file has no e-mail column, so it cannot say who is who (its columns: {headers}).</source>
            <comment>people.no_email_column</comment>
            <translation>Filen har ingen e-mailkolonne, så den kan ikke vise, hvem der er hvem (dens kolonner: {headers}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The file holds NUL characters; it is not a CSV file.</source>
            <comment>import.has_nul</comment>
            <translation>Filen indeholder NUL-tegn; den er ikke en CSV-fil.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The file is empty: there is no header row.</source>
            <comment>import.no_header</comment>
            <translation>Filen er tom: der er ingen overskriftsrække.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>The folder {folder} does not exist.</source>
            <comment>store.no_folder</comment>
            <translation>Mappen {folder} findes ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The header row cannot be read as CSV ({error}).</source>
            <comment>import.bad_header_row</comment>
            <translation>Overskriftsrækken kan ikke læses som CSV ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>The header row is empty.</source>
            <comment>import.empty_header</comment>
            <translation>Overskriftsrækken er tom.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/child.py" />
            <source>The import stopped unexpectedly (exit {code}); nothing was imported.</source>
            <comment>import.child_died</comment>
            <translation>Importen stoppede uventet (afslutningskode {code}); intet blev importeret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/writer.py" />
            <source>The import was cancelled; the roster is as it was.</source>
            <comment>import.cancelled</comment>
            <translation>Importen blev annulleret; licensregistret er, som det var.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>The keyring holds no password for “{user}” on {host}. Enter it again in the SMTP settings.</source>
            <comment>mail.password_missing</comment>
            <translation>Nøgleringen indeholder ingen adgangskode til “{user}” på {host}. Angiv den igen i SMTP-indstillingerne.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/keyring_vault.py" />
            <source>The keyring is locked. Unlock it (or allow Seatkeeper) and try again.</source>
            <comment>vault.locked</comment>
            <translation>Nøgleringen er låst. Lås den op (eller giv Seatkeeper adgang), og prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/keyring_vault.py" />
            <source>The keyring refused the request ({error}). Try again.</source>
            <comment>vault.refused</comment>
            <translation>Nøgleringen afviste anmodningen ({error}). Prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server name “{host}” could not be found. Check the host name and the network connection.</source>
            <comment>mail.host_not_found</comment>
            <translation>Mailserveren “{host}” blev ikke fundet. Kontrollér værtsnavnet og netværksforbindelsen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} closed the connection. Check the port and the security setting.</source>
            <comment>mail.disconnected</comment>
            <translation>Mailserveren {server} lukkede forbindelsen. Kontrollér porten og sikkerhedsindstillingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} could not be reached ({reason}).</source>
            <comment>mail.unreachable</comment>
            <translation>Der kunne ikke oprettes forbindelse til mailserveren {server} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} did not answer within {seconds} seconds. Check the host, the port and any firewall.</source>
            <comment>mail.no_answer</comment>
            <translation>Mailserveren {server} svarede ikke inden for {seconds} sekunder. Kontrollér værten, porten og eventuelle firewalls.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} does not accept a login on this connection. Check the security setting, or leave the user empty for a relay without login.</source>
            <comment>mail.no_login</comment>
            <translation>Mailserveren {server} accepterer ikke login på denne forbindelse. Kontrollér sikkerhedsindstillingen, eller lad brugeren være tom for en relæserver uden login.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} does not offer STARTTLS. Choose TLS if it expects encryption from the start, or check the port.</source>
            <comment>mail.no_starttls</comment>
            <translation>Mailserveren {server} tilbyder ikke STARTTLS. Vælg TLS, hvis den forventer kryptering fra starten, eller kontrollér porten.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the connection: nothing is listening on port {port}. Check the host and port.</source>
            <comment>mail.connection_refused</comment>
            <translation>Mailserveren {server} afviste forbindelsen: intet lytter på port {port}. Kontrollér vært og port.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the login for user “{user}” (code {code}). Check the user name and password.</source>
            <comment>mail.login_refused</comment>
            <translation>Mailserveren {server} afviste login for brugeren “{user}” (kode {code}). Kontrollér brugernavnet og adgangskoden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the message (code {code}). Try again later or ask its administrator.</source>
            <comment>mail.message_refused</comment>
            <translation>Mailserveren {server} afviste meddelelsen (kode {code}). Prøv igen senere, eller spørg serverens administrator.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the recipient {addresses} (code {codes}). Check the address.</source>
            <comment>mail.recipient_refused</comment>
            <translation>Mailserveren {server} afviste modtageren {addresses} (kode {codes}). Kontrollér adressen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>The mail server {server} refused the sender address “{sender}” (code {code}). Use an address this account may send from.</source>
            <comment>mail.sender_refused</comment>
            <translation>Mailserveren {server} afviste afsenderadressen “{sender}” (kode {code}). Brug en adresse, som denne konto må sende fra.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of connected devices cannot be negative ({count}).</source>
            <comment>volume.connected_negative</comment>
            <translation>Antallet af tilsluttede enheder kan ikke være negativt ({count}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>The number of days ahead cannot be negative.</source>
            <comment>deadlines.days_negative</comment>
            <translation>Antallet af dage frem kan ikke være negativt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>The number of days ahead cannot be negative.</source>
            <comment>review.days_negative</comment>
            <translation>Antallet af dage frem kan ikke være negativt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the billing cycle must be at least 1 (got {value}).</source>
            <comment>volume.cycle_months_at_least_one</comment>
            <translation>Antallet af måneder i faktureringscyklussen skal være mindst 1 (angivet: {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the current plan must be at least 1 (got {value}).</source>
            <comment>volume.current_plan_months_at_least_one</comment>
            <translation>Antallet af måneder i den nuværende plan skal være mindst 1 (angivet: {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the new plan must be at least 1 (got {value}).</source>
            <comment>volume.new_plan_months_at_least_one</comment>
            <translation>Antallet af måneder i den nye plan skal være mindst 1 (angivet: {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of seats must be at least 1 (got {value}).</source>
            <comment>volume.seats_at_least_one</comment>
            <translation>Antallet af licenser skal være mindst 1 (angivet: {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of seats to add must be at least 1 (got {value}).</source>
            <comment>volume.added_seats_at_least_one</comment>
            <translation>Antallet af licenser, der skal tilføjes, skal være mindst 1 (angivet: {value}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <comment>spend.period_backwards</comment>
            <translation>Perioden slutter ({end}), før den starter ({start}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The period must end after it starts ({start} to {end}).</source>
            <comment>volume.period_backwards</comment>
            <translation>Perioden skal slutte, efter at den er startet ({start} til {end}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>The port must be between 1 and 65535, not {port}.</source>
            <comment>mail.settings.bad_port</comment>
            <translation>Porten skal være mellem 1 og 65535, ikke {port}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The product is not released in the device's region ({region}).</source>
            <comment>send.region_unavailable</comment>
            <translation>Produktet er endnu ikke kommet på markedet i enhedens område ({region}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The product is released only in some regions, and the device's region is not known.</source>
            <comment>send.region_unknown</comment>
            <translation>Produktet er kun kommet på markedet i nogle områder, og enhedens område kendes ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>The rate file holds no exchange rates.</source>
            <comment>rates.file_empty</comment>
            <translation>Kursfilen indeholder ingen valutakurser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/rates.py" />
            <source>The rate file {path} cannot be read: {reason}.</source>
            <comment>rates.cannot_read</comment>
            <translation>Kursfilen {path} kan ikke læses: {reason}.</translation>
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
            <translation>Posten blev ændret af en anden under gemningen; indlæs den igen, og prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/plan.py" />
            <source>The rejected rows cannot be saved to {path}: {reason}.</source>
            <comment>import.rejects_unwritable</comment>
            <translation>De afviste rækker kan ikke gemmes i {path}: {reason}.</translation>
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
            <translation>Rollen skal være admin eller reviewer, ikke “{role}”.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_roster.py" />
            <source>The roster file has {problems} problem(s), so nothing was imported; first: item {line}, {column}: {reason}</source>
            <comment>import.json.file_has_problems</comment>
            <translation>Licensregisterfilen har {problems} problem(er), så intet blev importeret; første: element {line}, {column}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/people.py" />
            <location filename="../../src/seatkeeper/services/people_data.py" />
            <source>The roster holds nobody with the e-mail address {email}.</source>
            <comment>people.nobody</comment>
            <translation>Licensregistret indeholder ingen med e-mailadressen {email}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster server {where} did not allow this: its database user lacks the permission. Nothing was saved; ask the server's administrator.</source>
            <comment>store.no_privilege</comment>
            <translation>Licensregisterserveren {where} tillod ikke dette: databasebrugeren mangler tilladelsen. Intet blev gemt; spørg serverens administrator.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster server {where} has no such database. Check the database name in the roster's address.</source>
            <comment>store.no_database</comment>
            <translation>Licensregisterserveren {where} har ingen sådan database. Kontrollér databasenavnet i licensregistrets adresse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster server {where} is shutting down or starting up. Nothing was saved; try again in a moment.</source>
            <comment>store.server_unavailable</comment>
            <translation>Licensregisterserveren {where} er ved at lukke ned eller starte op. Intet blev gemt; prøv igen om et øjeblik.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster server {where} refused the login. Check the user name and password.</source>
            <comment>store.login_refused</comment>
            <translation>Licensregisterserveren {where} afviste login. Kontrollér brugernavnet og adgangskoden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>The roster {where} is busy with another program's change and stayed busy. Nothing was saved; try again in a moment.</source>
            <comment>store.busy</comment>
            <translation>Licensregistret {where} er optaget af et andet programs ændring og blev ved med at være optaget. Intet blev gemt; prøv igen om et øjeblik.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/remind_schedule.py" />
            <source>The roster's address holds a password, which would be written into the scheduler's files in plain text. Give the password to PostgreSQL another way (e.g. ~/.pgpass) and use the address without it.</source>
            <comment>remind.roster_url_password</comment>
            <translation>Licensregistrets adresse indeholder en adgangskode, som ville blive skrevet i klartekst i opgavestyringens filer. Giv adgangskoden til PostgreSQL på en anden måde (f.eks. ~/.pgpass), og brug adressen uden den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>The row has both a price and a monthly price; give one of them.</source>
            <comment>import.two_prices</comment>
            <translation>Rækken har både en pris og en månedspris; angiv kun én af dem.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>The row names no e-mail address.</source>
            <comment>people.no_email</comment>
            <translation>Rækken angiver ingen e-mailadresse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/remind_schedule.py" />
            <source>The scheduler refused: `{command}` exited with {code}: {output}</source>
            <comment>remind.scheduler_failed</comment>
            <translation>Opgavestyringen afviste: `{command}` afsluttede med {code}: {output}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/vault.py" />
            <source>The secret is empty.</source>
            <comment>vault.secret_empty</comment>
            <translation>Hemmeligheden er tom.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/credentials/vault.py" />
            <source>The secret is {length} characters long; the keyring takes at most {limit}.</source>
            <comment>vault.secret_too_long</comment>
            <translation>Hemmeligheden er på {length} tegn; nøgleringen kan højst rumme {limit}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>The serial number is too long to be a product key.</source>
            <comment>import.snipeit.serial_too_long</comment>
            <translation>Serienummeret er for langt til at være en produktnøgle.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The service is not offered in the App Store country {country}; switch the App Store account to a country where it is offered and use a payment method from that country.</source>
            <comment>app_store.country_not_offered</comment>
            <translation>Tjenesten tilbydes ikke i App Store-landet {country}; skift App Store-kontoen til et land, hvor den tilbydes, og brug en betalingsmetode fra det land.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The term of a volume subscription cannot be shortened (from {current} to {new} months).</source>
            <comment>volume.no_shorter_term</comment>
            <translation>Løbetiden for et volumenlicensabonnement kan ikke forkortes (fra {current} til {new} måneder).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The unit monthly price cannot be negative ({amount}).</source>
            <comment>volume.unit_monthly_price_negative</comment>
            <translation>Månedsprisen pr. licens kan ikke være negativ ({amount}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/credentials.py" />
            <source>The user name and password are {length} characters together; the keyring takes at most {room}.</source>
            <comment>credentials.too_long</comment>
            <translation>Brugernavnet og adgangskoden er på {length} tegn tilsammen; nøgleringen kan højst rumme {room}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>The user name cannot contain spaces or line breaks.</source>
            <comment>mail.settings.bad_user</comment>
            <translation>Brugernavnet må ikke indeholde mellemrum eller linjeskift.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/instants.py" />
            <source>The {field} has no time zone, so the moment it names is unknown.</source>
            <comment>instants.no_time_zone</comment>
            <translation>Værdien for {field} har ingen tidszone, så det er ukendt, hvilket tidspunkt den angiver.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/instants.py" />
            <source>The {field} must be a date with a time of day.</source>
            <comment>instants.no_time_of_day</comment>
            <translation>Værdien for {field} skal være en dato med klokkeslæt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/team.py" />
            <source>There is no login “{user}” on the server; create it first (e.g. createuser {user}).</source>
            <comment>team.no_login</comment>
            <translation>Der findes intet login “{user}” på serveren; opret det først (f.eks. createuser {user}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/backup.py" />
            <source>There is no roster at {path} to back up.</source>
            <comment>backup.no_roster</comment>
            <translation>Der findes intet licensregister på {path}, der kan sikkerhedskopieres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>There is no roster at {path}.</source>
            <comment>store.no_roster</comment>
            <translation>Der findes intet licensregister på {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/audit_commands.py" />
            <source>There is no roster copy at {path} to check against.</source>
            <comment>audit.verify.no_copy</comment>
            <translation>Der er ingen kopi af licensregistret på {path} at kontrollere mod.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>These deadlines reached a reminder lead time:</source>
            <comment>remind.digest_intro</comment>
            <translation>Disse frister har nået varslingstiden for påmindelse:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>This JSON file is not a Seatkeeper roster export.</source>
            <comment>import.json.not_an_export</comment>
            <translation>Denne JSON-fil er ikke en eksport af et Seatkeeper-licensregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/session.py" />
            <source>This file is not a table of rows.</source>
            <comment>import.not_a_table</comment>
            <translation>Denne fil er ikke en tabel med rækker.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>This file is not a {bank} exchange-rate export: it has no {columns} columns.</source>
            <comment>rates.file_not_format</comment>
            <translation>Denne fil er ikke en valutakurseksport fra {bank}: den har ikke kolonnerne {columns}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>This is a test message from Seatkeeper: the SMTP settings work.
</source>
            <comment>mail.test_body</comment>
            <translation>Dette er en testmeddelelse fra Seatkeeper: SMTP-indstillingerne virker.
</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminders.py" />
            <source>This reminder is already open: there is nothing to reopen.</source>
            <comment>reminders.not_answered</comment>
            <translation>Denne påmindelse er allerede åben: der er intet at genåbne.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/demo.py" />
            <source>This roster already has subscriptions; the demo goes into an empty one.</source>
            <comment>demo.roster_not_empty</comment>
            <translation>Dette licensregister har allerede abonnementer; demoen lægges i et tomt licensregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>This roster export is version {found}; this Seatkeeper reads version {version}.</source>
            <comment>import.json.other_version</comment>
            <translation>Denne eksport af licensregistret har version {found}; denne udgave af Seatkeeper læser version {version}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/migrate.py" />
            <source>This roster was written by a newer Seatkeeper. Update Seatkeeper to open it; the file was left untouched.</source>
            <comment>store.newer_roster</comment>
            <translation>Dette licensregister er skrevet af en nyere udgave af Seatkeeper. Opdater Seatkeeper for at åbne det; filen er ikke ændret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/migrate.py" />
            <source>This roster's schema version is missing (its alembic_version table is empty), so Seatkeeper cannot tell how to upgrade it. It was left untouched; restore it from a backup.</source>
            <comment>store.no_schema_version</comment>
            <translation>Licensregistrets skemaversion mangler (tabellen alembic_version er tom), så Seatkeeper kan ikke afgøre, hvordan det skal opgraderes. Det blev ikke ændret; gendan det fra en sikkerhedskopi.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>This row's {what} differs from row {first}, which names the same licence.</source>
            <comment>import.snipeit.differs</comment>
            <translation>Værdien for {what} i denne række afviger fra række {first}, som nævner den samme licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>This subscription cannot be sent to the device:
{reasons}</source>
            <comment>send.refused</comment>
            <translation>Dette abonnement kan ikke sendes til enheden:
{reasons}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription is already billed directly by the vendor.</source>
            <comment>app_store.already_direct</comment>
            <translation>Dette abonnement faktureres allerede direkte af leverandøren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought on the vendor's website, so its plan length can be changed only there: do it on the vendor's website, signed in to the vendor account.</source>
            <comment>app_store.plan_change_on_website</comment>
            <translation>Dette abonnement er købt på leverandørens websted, så planens varighed kan kun ændres dér: gør det på leverandørens websted, logget ind på leverandørkontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought on the vendor's website, so its subscription can be cancelled only there: do it on the vendor's website, signed in to the vendor account.</source>
            <comment>app_store.cancel_on_website</comment>
            <translation>Dette abonnement er købt på leverandørens websted, så det kan kun opsiges dér: gør det på leverandørens websted, logget ind på leverandørkontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought through the App Store, so its plan length can be changed only there: do it in the App Store, signed in to the App Store account it was bought with.</source>
            <comment>app_store.plan_change_in_store</comment>
            <translation>Dette abonnement er købt via App Store, så planens varighed kan kun ændres dér: gør det i App Store, logget ind på den App Store-konto, det blev købt med.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought through the App Store, so its subscription can be cancelled only there: do it in the App Store, signed in to the App Store account it was bought with.</source>
            <comment>app_store.cancel_in_store</comment>
            <translation>Dette abonnement er købt via App Store, så det kan kun opsiges dér: gør det i App Store, logget ind på den App Store-konto, det blev købt med.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>This subscription was changed by someone else since you opened it; reload it and try again.</source>
            <comment>subscription.changed_since_opened</comment>
            <translation>Dette abonnement er ændret af en anden, siden du åbnede det; indlæs det igen, og prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>To keep it, do nothing; mark the reminder “Keep and renew” in Seatkeeper.</source>
            <comment>remind.digest_keep</comment>
            <translation>Vil du beholde det, skal du ikke gøre noget; markér påmindelsen “Behold og forny” i Seatkeeper.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/reminder_delivery.py" />
            <source>To stop it, cancel or turn off renewal for {name} at {vendor} before the date above.</source>
            <comment>remind.digest_website_step</comment>
            <translation>Vil du stoppe det, skal du opsige eller slå fornyelse fra for {name} hos {vendor} før datoen ovenfor.</translation>
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
            <translation>Samlet beløb, der opkræves, hvis intet gøres: {amounts}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>Unassigned seat will renew (and be paid for)</source>
            <comment>review.kind.auto_renew_unassigned</comment>
            <translation>Ikke tildelt licens fornyes (og skal betales)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>Upgrading the roster {where} to this Seatkeeper failed, so the upgrade was undone: the roster is exactly as it was. A copy taken just before is at {copy}. Details are in the log.</source>
            <comment>store.upgrade_failed_copy</comment>
            <translation>Opgraderingen af licensregistret {where} til denne udgave af Seatkeeper mislykkedes, så opgraderingen blev rullet tilbage: licensregistret er præcis, som det var. En kopi taget lige før ligger i {copy}. Detaljerne står i loggen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>Upgrading the roster {where} to this Seatkeeper failed, so the upgrade was undone: the roster is exactly as it was. Details are in the log.</source>
            <comment>store.upgrade_failed</comment>
            <translation>Opgraderingen af licensregistret {where} til denne udgave af Seatkeeper mislykkedes, så opgraderingen blev rullet tilbage: licensregistret er præcis, som det var. Detaljerne står i loggen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Volume licences can be paid by credit card only; PayPal, Bitcoin and Paymentwall are not accepted.</source>
            <comment>volume.card_only</comment>
            <translation>Volumenlicenser kan kun betales med kreditkort; PayPal, Bitcoin og Paymentwall accepteres ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Volume licences start at {minimum} seats; for up to 4 extra users add accounts instead (you asked for {seats}).</source>
            <comment>volume.too_few_seats</comment>
            <translation>Volumenlicenser starter ved {minimum} licenser; til op til 4 ekstra brugere skal du i stedet tilføje konti (du bad om {seats}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>Will charge</source>
            <comment>report.charges</comment>
            <translation>Opkræves</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>With --db, name the subscription: --subscription ID.</source>
            <comment>cli.name_the_subscription</comment>
            <translation>Med --db skal du angive abonnementet: --subscription ID.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>Without --db, give the terms: {missing}.</source>
            <comment>cli.give_the_terms</comment>
            <translation>Uden --db skal du angive vilkårene: {missing}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>events were removed from its end: event {event} was seen on this computer on {seen} ({count} events then), and it is gone</source>
            <comment>audit.cut</comment>
            <translation>hændelser er fjernet fra slutningen: hændelse {event} blev set på denne computer den {seen} (dengang {count} hændelser), og den er væk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>events were removed from its end: event {event}, given as its head, is gone</source>
            <comment>audit.cut_below_printed</comment>
            <translation>hændelser er fjernet fra slutningen: hændelse {event}, der er angivet som den seneste, er væk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>events were removed from its end: the backup {name} of {seen} holds event {event} ({count} events then), and the log no longer does</source>
            <comment>audit.cut_below_backup</comment>
            <translation>hændelser er fjernet fra slutningen: sikkerhedskopien {name} fra {seen} indeholder hændelse {event} (dengang {count} hændelser), men det gør loggen ikke længere</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>every event was deleted: it held {count} events when this computer last saw it ({seen})</source>
            <comment>audit.emptied</comment>
            <translation>alle hændelser er slettet: den indeholdt {count} hændelser, da denne computer sidst så den ({seen})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>every event was deleted: the backup {name} of {seen} holds {count} events</source>
            <comment>audit.emptied_below_backup</comment>
            <translation>alle hændelser er slettet: sikkerhedskopien {name} fra {seen} indeholder {count} hændelser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>has the wrong type</source>
            <comment>import.json.wrong_type</comment>
            <translation>har den forkerte type</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_refs.py" />
            <source>is connected to two seats (first in item {first}); a device uses one</source>
            <comment>import.json.two_seats</comment>
            <translation>er tilsluttet to licenser (først i element {first}); en enhed bruger én</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_refs.py" />
            <source>is listed twice (first as item {first}); each must be listed once</source>
            <comment>import.json.listed_twice</comment>
            <translation>er angivet to gange (først som element {first}); hver skal angives én gang</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>it does not follow the event before it (an event was removed or inserted)</source>
            <comment>audit.reason.not_following</comment>
            <translation>den hænger ikke sammen med den foregående hændelse (en hændelse er fjernet eller indsat)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>it is empty, yet the roster holds records whose changes would have been logged</source>
            <comment>audit.empty_with_records</comment>
            <translation>den er tom, men licensregistret indeholder poster, hvis ændringer ville være blevet logget</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>it was rewritten outside an erasure (no people.erased event after it vouches for its text)</source>
            <comment>audit.reason.bad_erasure</comment>
            <translation>den er omskrevet uden for en sletning (ingen efterfølgende people.erased-hændelse står inde for dens tekst)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>its append-only protection is missing (triggers {names} were dropped), so events can be changed without a refusal</source>
            <comment>audit.no_triggers</comment>
            <translation>beskyttelsen mod ændring og sletning mangler (triggerne {names} er fjernet), så hændelser kan ændres uden at blive afvist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>its certificate was not accepted: {reason}</source>
            <comment>mail.certificate_refused</comment>
            <translation>certifikatet blev ikke accepteret: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_log.py" />
            <source>its contents were changed after it was written</source>
            <comment>audit.reason.changed</comment>
            <translation>dens indhold er ændret, efter at den blev skrevet</translation>
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
            <translation>skal være en dato som 2026-11-22</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a list</source>
            <comment>import.json.must_be_list</comment>
            <translation>skal være en liste</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a pair [text, text]</source>
            <comment>import.json.must_be_pair</comment>
            <translation>skal være et par [tekst, tekst]</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a whole number</source>
            <comment>import.json.must_be_whole</comment>
            <translation>skal være et heltal</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be a whole number from {least} to {most}</source>
            <comment>import.json.must_be_between</comment>
            <translation>skal være et heltal fra {least} til {most}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be an object</source>
            <comment>import.json.must_be_object</comment>
            <translation>skal være et objekt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be non-empty text</source>
            <comment>import.json.must_be_text</comment>
            <translation>skal være tekst, der ikke er tom</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be one of {allowed}</source>
            <comment>import.json.must_be_one_of</comment>
            <translation>skal være en af {allowed}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be text</source>
            <comment>import.json.must_be_string</comment>
            <translation>skal være tekst</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_check.py" />
            <source>must be true or false</source>
            <comment>import.json.must_be_flag</comment>
            <translation>skal være true eller false</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_refs.py" />
            <source>names {what} {key}, which the file does not list</source>
            <comment>import.json.not_listed</comment>
            <translation>nævner {what} {key}, som filen ikke angiver</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/smtp.py" />
            <source>network error</source>
            <comment>mail.network_error</comment>
            <translation>netværksfejl</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/report.py" />
            <source>no</source>
            <comment>report.not_applied</comment>
            <translation>nej</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>purchase cost</source>
            <comment>import.snipeit.purchase_cost</comment>
            <translation>indkøbspris</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/holder_asks.py" />
            <source>release</source>
            <comment>ask.answer.release</comment>
            <translation>frigiv</translation>
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
            <translation>række</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>seat count</source>
            <comment>import.snipeit.seat_count</comment>
            <translation>antal licenser</translation>
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
            <translation>enheden</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>the events up to {event} were rewritten and their hashes recomputed: event {event} does not have the hash it has in the backup {name} of {seen}</source>
            <comment>audit.rewritten_below_backup</comment>
            <translation>hændelserne til og med {event} er omskrevet, og deres hashværdier er beregnet igen: hændelse {event} har ikke den hashværdi, den har i sikkerhedskopien {name} fra {seen}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>the events up to {event} were rewritten and their hashes recomputed: event {event} no longer has the hash this computer saw on {seen}</source>
            <comment>audit.rewritten</comment>
            <translation>hændelserne til og med {event} er omskrevet, og deres hashværdier er beregnet igen: hændelse {event} har ikke længere den hashværdi, som denne computer så den {seen}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/audit_heads.py" />
            <source>the events up to {event} were rewritten: event {event}'s hash does not begin with {hash}, as given</source>
            <comment>audit.rewritten_below_printed</comment>
            <translation>hændelserne til og med {event} er omskrevet: hashværdien for hændelse {event} begynder ikke med {hash} som angivet</translation>
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
            <translation>licensen</translation>
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
            <translation>skrivningen mislykkedes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>your subscription</source>
            <comment>mail.your_subscription</comment>
            <translation>dit abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/price.py" />
            <source>{amount} is more than a price can be.</source>
            <comment>price.too_large</comment>
            <translation>{amount} er mere, end en pris kan være.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/writer.py" />
            <source>{bad} of {total} rows cannot be imported, so nothing was; first: row {line}, {column}: {reason}</source>
            <comment>import.rows_refused</comment>
            <translation>{bad} af {total} rækker kan ikke importeres, så intet blev importeret; første: række {line}, {column}: {reason}</translation>
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
            <translation>{count} frist(er) nærmer sig</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>{day} is outside the dates Seatkeeper keeps ({first} to {last}).</source>
            <comment>import.date.out_of_range</comment>
            <translation>{day} ligger uden for de datoer, Seatkeeper gemmer ({first} til {last}).</translation>
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
            <translation>{email} svarede “{answer}” (svarfrist {reply_by}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/people.py" />
            <source>{email} holds no seat and no device; there is nothing to release.</source>
            <comment>people.nothing_held</comment>
            <translation>{email} har ingen licens og ingen enhed; der er intet at frigive.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{email} holds {n} seats</source>
            <comment>review.detail.person_holds_two_seats</comment>
            <translation>{email} har {n} licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{email} is not in the directory file last imported</source>
            <comment>review.detail.holder_not_in_directory</comment>
            <translation>{email} er ikke i den senest importerede katalogfil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} cannot be read as a spreadsheet ({error}).</source>
            <comment>import.not_a_spreadsheet</comment>
            <translation>{file} kan ikke læses som et regneark ({error}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} cannot be read as {encoding} text.</source>
            <comment>import.not_in_encoding</comment>
            <translation>{file} kan ikke læses som tekst i {encoding}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} expands to {size} bytes when unpacked ({part}); Seatkeeper reads workbooks up to {limit} bytes.</source>
            <comment>import.xlsx.too_big</comment>
            <translation>{file} fylder {size} byte, når den pakkes ud ({part}); Seatkeeper læser projektmapper på op til {limit} byte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} has a cell at {ref} longer than Excel allows ({most} characters).</source>
            <comment>import.xlsx.cell_too_long</comment>
            <translation>{file} har en celle i {ref}, der er længere, end Excel tillader ({most} tegn).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} has a cell at {ref}, beyond {most} columns; nothing was read past it.</source>
            <comment>import.xlsx.cell_outside</comment>
            <translation>{file} har en celle i {ref}, ud over {most} kolonner; intet efter den blev læst.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} has an empty first sheet.</source>
            <comment>import.empty_sheet</comment>
            <translation>Det første ark i {file} er tomt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} has no worksheet.</source>
            <comment>import.xlsx.no_sheet</comment>
            <translation>{file} har intet regneark.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_roster.py" />
            <source>{file} holds a number too long to be anything in a roster.</source>
            <comment>import.json.number_too_long</comment>
            <translation>{file} indeholder et tal, der er for langt til at være noget i et licensregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} holds {parts} parts; a workbook has a few dozen.</source>
            <comment>import.xlsx.too_many_parts</comment>
            <translation>{file} indeholder {parts} dele; en projektmappe har nogle få dusin.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} is not UTF-8 text; it reads as {encoding}: import it with that encoding (--encoding {encoding}), or save it as CSV UTF-8.</source>
            <comment>import.looks_like</comment>
            <translation>{file} er ikke UTF-8-tekst; den kan læses som {encoding}: importér den med den tegnkodning (--encoding {encoding}), eller gem den som CSV UTF-8.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>{file} is not UTF-8 text; save it as CSV UTF-8.</source>
            <comment>import.not_utf8</comment>
            <translation>{file} er ikke UTF-8-tekst; gem den som CSV UTF-8.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file} is not an Excel workbook (.xlsx) ({error}).</source>
            <comment>import.xlsx.not_a_workbook</comment>
            <translation>{file} er ikke en Excel-projektmappe (.xlsx) ({error}).</translation>
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
            <translation>{file} fylder {size} byte; Seatkeeper importerer filer på op til {limit} byte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/json_roster.py" />
            <source>{file} names “{key}” twice in one object; which one is meant cannot be told, so nothing was imported.</source>
            <comment>import.json.duplicate_key</comment>
            <translation>{file} nævner “{key}” to gange i ét objekt; det kan ikke afgøres, hvilken der menes, så intet blev importeret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/xlsx.py" />
            <source>{file}'s first sheet spans {columns} columns and {rows} rows ({ref}); Seatkeeper reads up to {most} columns.</source>
            <comment>import.xlsx.too_wide</comment>
            <translation>Det første ark i {file} spænder over {columns} kolonner og {rows} rækker ({ref}); Seatkeeper læser op til {most} kolonner.</translation>
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
            <translation>{missing} af de valgte enheder findes ikke længere i licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>{name} expires</source>
            <comment>deadlines.expires</comment>
            <translation>{name} udløber</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>{name} has expired; resume it first.</source>
            <comment>subscription.expired_resume_first</comment>
            <translation>{name} er udløbet; genoptag det først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_actions.py" />
            <source>{name} has no failed payment to resolve.</source>
            <comment>subscription.no_failed_payment</comment>
            <translation>{name} har ingen mislykket betaling at løse.</translation>
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
            <translation>{name} er hverken opsagt eller udløbet; der er intet at genoptage.</translation>
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
            <translation>{name} er ændret af en anden; indlæs det igen, og prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>{number} is outside {least}..{most}.</source>
            <comment>import.value.out_of_range</comment>
            <translation>{number} ligger uden for {least}..{most}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>{n} day</source>
            <comment>deadlines.notice_days</comment>
            <translation>
                <numerusform>{n} dag</numerusform>
                <numerusform>{n} dage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{n} devices connected, limit {lim}</source>
            <comment>review.detail.seat_over_device_limit</comment>
            <translation>{n} enheder tilsluttet, grænsen er {lim}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{n} devices connected, {lim} slots</source>
            <comment>review.detail.subscription_over_device_limit</comment>
            <translation>{n} enheder tilsluttet, {lim} pladser</translation>
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
            <translation>{n} række(r) i filen kan ikke læses, så intet blev synkroniseret (første: række {line}, {column}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>{n} seats, bought {lim}</source>
            <comment>review.detail.subscription_over_seat_limit</comment>
            <translation>{n} licenser, {lim} købt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>{option} “{text}” is not a date; write it as YYYY-MM-DD.</source>
            <comment>cli.not_a_date</comment>
            <translation>{option} “{text}” er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} cannot be opened as a roster. It was left untouched.</source>
            <comment>store.cannot_open</comment>
            <translation>{path} kan ikke åbnes som et licensregister. Filen er ikke ændret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} is a folder, not a roster file.</source>
            <comment>store.is_folder</comment>
            <translation>{path} er en mappe, ikke en licensregisterfil.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} is an SQLite database, but not a Seatkeeper roster. It was left untouched.</source>
            <comment>store.not_a_roster</comment>
            <translation>{path} er en SQLite-database, men ikke et Seatkeeper-licensregister. Filen er ikke ændret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} is damaged (SQLite cannot read it). It was left untouched; restore it from a backup.</source>
            <comment>store.file_damaged</comment>
            <translation>{path} er beskadiget (SQLite kan ikke læse den). Filen er ikke ændret; gendan den fra en sikkerhedskopi.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{path} is not a Seatkeeper roster (it is not an SQLite database). It was left untouched.</source>
            <comment>store.not_sqlite</comment>
            <translation>{path} er ikke et Seatkeeper-licensregister (det er ikke en SQLite-database). Filen er ikke ændret.</translation>
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
                <numerusform>{roster} · pr. {as_of} · frister inden for {n} dag</numerusform>
                <numerusform>{roster} · pr. {as_of} · frister inden for {n} dage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>{seats} seat(s) were changed or removed after the review was applied, so it cannot be undone; nothing was changed.</source>
            <comment>review.undo_conflict</comment>
            <translation>{seats} licens(er) blev ændret eller fjernet, efter at gennemgangen blev anvendt, så den kan ikke fortrydes; intet blev ændret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/subscription_terms.py" />
            <source>{vendor} bills this channel in {billed} ({rule}), but this subscription is recorded in {recorded}: correct the roster.</source>
            <comment>terms.currency_mismatch</comment>
            <translation>{vendor} fakturerer denne kanal i {billed} ({rule}), men dette abonnement er registreret i {recorded}: ret licensregistret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor} bills {channel} subscriptions in {currency} ({rule}); {given} is not accepted.</source>
            <comment>terms.wrong_currency</comment>
            <translation>{vendor} fakturerer {channel}-abonnementer i {currency} ({rule}); {given} accepteres ikke.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor}'s terms allow at most {limit} devices connected to a seat at once ({rule}); this row claims {claimed}.</source>
            <comment>terms.too_many_devices_per_seat</comment>
            <translation>Vilkårene fra {vendor} tillader højst {limit} enheder tilsluttet en licens samtidig ({rule}); denne række angiver {claimed}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor}'s terms allow at most {limit} devices connected to one subscription at once ({rule}); this row claims {claimed}.</source>
            <comment>terms.too_many_devices_per_subscription</comment>
            <translation>Vilkårene fra {vendor} tillader højst {limit} enheder tilsluttet ét abonnement samtidig ({rule}); denne række angiver {claimed}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor}'s terms allow {limit} devices connected to a seat at once ({rule}); disconnect one first.</source>
            <comment>terms.seat_full</comment>
            <translation>Vilkårene fra {vendor} tillader {limit} enheder tilsluttet en licens samtidig ({rule}); afbryd forbindelsen til én først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/vendor_terms.py" />
            <source>{vendor}'s {channel} terms are built in from its published rules ({rules}); they cannot be changed here.</source>
            <comment>terms.built_in</comment>
            <translation>Vilkårene for {channel} fra {vendor} er indbygget ud fra de offentliggjorte regler ({rules}); de kan ikke ændres her.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/errors.py" />
            <source>{where} is damaged or is not a Seatkeeper roster. It was left untouched.</source>
            <comment>store.damaged</comment>
            <translation>{where} er beskadiget eller er ikke et Seatkeeper-licensregister. Det er ikke ændret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/engine.py" />
            <source>{where} is open read-only for review; nothing can be changed.</source>
            <comment>store.read_only</comment>
            <translation>{where} er åbnet skrivebeskyttet til gennemgang; intet kan ændres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/open.py" />
            <source>{where} was written by an older Seatkeeper and must be upgraded before it can be reviewed; open it once normally.</source>
            <comment>store.upgrade_to_review</comment>
            <translation>{where} er skrevet af en ældre udgave af Seatkeeper og skal opgraderes, før det kan gennemgås; åbn det én gang på almindelig vis.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>“{address}” is not an e-mail address (e.g. anna@example.com).</source>
            <comment>delivery.not_an_address</comment>
            <translation>“{address}” er ikke en e-mailadresse (f.eks. anna@example.com).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/holder_asks.py" />
            <source>“{answer}” is not an answer (keep or release).</source>
            <comment>ask.not_an_answer</comment>
            <translation>“{answer}” er ikke et svar (keep eller release).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/spend.py" />
            <source>“{by}” is not a grouping (vendor, department, person or subscription).</source>
            <comment>spend.not_a_grouping</comment>
            <translation>“{by}” er ikke en gruppering (vendor, department, person eller subscription).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>“{code}” is not a country code (two letters, e.g. NO).</source>
            <comment>app_store.not_a_country</comment>
            <translation>“{code}” er ikke en landekode (to bogstaver, f.eks. DK).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>“{code}” is not a currency code (three letters, e.g. USD).</source>
            <comment>money.not_a_currency</comment>
            <translation>“{code}” er ikke en valutakode (tre bogstaver, f.eks. USD).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>“{code}” is not an ISO 4217 currency code (e.g. USD, EUR, NOK).</source>
            <comment>money.not_iso_currency</comment>
            <translation>“{code}” er ikke en ISO 4217-valutakode (f.eks. USD, EUR, DKK).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review.py" />
            <source>“{decision}” is not a decision ({known}).</source>
            <comment>review.not_a_decision</comment>
            <translation>“{decision}” er ikke en beslutning ({known}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>“{device}” belongs to another vendor account.</source>
            <comment>device.other_account</comment>
            <translation>“{device}” tilhører en anden leverandørkonto.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>“{device}” is already connected to another seat; disconnect it there first.</source>
            <comment>device.connected_elsewhere</comment>
            <translation>“{device}” er allerede tilsluttet en anden licens; afbryd forbindelsen dér først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>“{device}” is already connected to this seat; disconnect it there first.</source>
            <comment>device.connected_here</comment>
            <translation>“{device}” er allerede tilsluttet denne licens; afbryd forbindelsen dér først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/seats.py" />
            <source>“{device}” is not connected to {seat}.</source>
            <comment>device.not_connected</comment>
            <translation>“{device}” er ikke tilsluttet {seat}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/review_findings.py" />
            <source>“{device}” is still connected; {email} left on {left_on}</source>
            <comment>review.detail.leaver_device_connected</comment>
            <translation>“{device}” er stadig tilsluttet; {email} fratrådte den {left_on}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>“{email}” is not a usable e-mail address: {reason}</source>
            <comment>volume.not_an_email</comment>
            <translation>“{email}” er ikke en brugbar e-mailadresse: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/readers.py" />
            <source>“{encoding}” is not an encoding Seatkeeper knows (e.g. utf-8, cp1252, latin-1, utf-16).</source>
            <comment>import.unknown_encoding</comment>
            <translation>“{encoding}” er ikke en tegnkodning, Seatkeeper kender (f.eks. utf-8, cp1252, latin-1, utf-16).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/mapping.py" />
            <source>“{field}” is not a field Seatkeeper imports.</source>
            <comment>import.not_a_field</comment>
            <translation>“{field}” er ikke et felt, Seatkeeper importerer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>“{fmt}” is not a rate file format (norges-bank or nationalbanken).</source>
            <comment>rates.file_format_unknown</comment>
            <translation>“{fmt}” er ikke et kursfilformat (norges-bank eller nationalbanken).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/exports.py" />
            <source>“{fmt}” is not an export format (csv, xlsx, json, html, ics or pdf).</source>
            <comment>transfer.export_format_unknown</comment>
            <translation>“{fmt}” er ikke et eksportformat (csv, xlsx, json, html, ics eller pdf).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/imports.py" />
            <source>“{fmt}” is not an import format (csv, xlsx, snipeit or json).</source>
            <comment>transfer.import_format_unknown</comment>
            <translation>“{fmt}” er ikke et importformat (csv, xlsx, snipeit eller json).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>“{format}” is not a directory format (entra, google or csv).</source>
            <comment>people.not_a_format</comment>
            <translation>“{format}” er ikke et katalogformat (entra, google eller csv).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/exporting.py" />
            <source>“{format}” is not an export format (csv, xlsx or json).</source>
            <comment>export.not_a_format</comment>
            <translation>“{format}” er ikke et eksportformat (csv, xlsx eller json).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/mapping.py" />
            <source>“{format}” is not an import format (csv or snipeit).</source>
            <comment>import.not_a_format</comment>
            <translation>“{format}” er ikke et importformat (csv eller snipeit).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/snipeit.py" />
            <source>“{licence}” has {seats} seat(s), all checked out by earlier rows (from row {first}); this row's user gets none.</source>
            <comment>import.snipeit.no_free_seat</comment>
            <translation>“{licence}” har {seats} licens(er), alle udlånt til tidligere rækker (fra række {first}); brugeren i denne række får ingen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/writer.py" />
            <source>“{mode}” is not an import mode (stop or skip_bad).</source>
            <comment>import.not_a_mode</comment>
            <translation>“{mode}” er ikke en importtilstand (stop eller skip_bad).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/plans.py" />
            <source>“{name}” is already {status}.</source>
            <comment>plan.already_ended</comment>
            <translation>“{name}” har allerede status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>“{name}” is not a volume subscription; seats are added only to volume subscriptions.</source>
            <comment>subscription.not_volume</comment>
            <translation>“{name}” er ikke et volumenlicensabonnement; licenser kan kun tilføjes til volumenlicensabonnementer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/purchasing.py" />
            <source>“{name}” is {status} and will not renew; seats cannot be added. Start a new plan once every seat is cancelled.</source>
            <comment>subscription.will_not_renew</comment>
            <translation>“{name}” har status {status} og fornyes ikke; der kan ikke tilføjes licenser. Start en ny plan, når alle licenser er opsagt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/plans.py" />
            <source>“{name}” was changed by someone else since you opened it; reload it and try again.</source>
            <comment>subscription.changed_meanwhile</comment>
            <translation>“{name}” er ændret af en anden, siden du åbnede det; indlæs det igen, og prøv igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/mail.py" />
            <source>“{sender}” is not a sender address (e.g. it@example.com).</source>
            <comment>mail.settings.bad_sender</comment>
            <translation>“{sender}” er ikke en afsenderadresse (f.eks. it@example.com).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/plan.py" />
            <source>“{start}…” is {length} characters long; the roster keeps at most {limit}.</source>
            <comment>import.too_long</comment>
            <translation>“{start}…” er {length} tegn lang; licensregistret rummer højst {limit}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{tag}” is not a locale Seatkeeper reads files in; choose one of {known}.</source>
            <comment>import.locale.unknown</comment>
            <translation>“{tag}” er ikke en landestandard, Seatkeeper kan læse filer i; vælg en af {known}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” could be {one} or {other} (day first, or month first as in the US); write it as 2026-03-15 (year first) so it reads one way.</source>
            <comment>import.date.ambiguous</comment>
            <translation>“{text}” kan være {one} eller {other} (dag først eller måned først som i USA); skriv den som 2026-03-15 (år først), så den kun kan læses på én måde.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” could be {one} or {other}: the mark may group thousands or start the decimals; write it with its decimals (e.g. {example}) so it reads one way.</source>
            <comment>import.amount.ambiguous</comment>
            <translation>“{text}” kan være {one} eller {other}: tegnet kan adskille tusinder eller indlede decimalerne; skriv det med decimaler (f.eks. {example}), så det kun kan læses på én måde.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” has more decimals than {currency} has ({places}); Seatkeeper does not round a stated price.</source>
            <comment>import.amount.too_many_decimals</comment>
            <translation>“{text}” har flere decimaler, end {currency} har ({places}); Seatkeeper afrunder ikke en angivet pris.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” has no time zone (write +00:00 for UTC).</source>
            <comment>import.value.no_time_zone</comment>
            <translation>“{text}” har ingen tidszone (skriv +00:00 for UTC).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is in {symbol}, but the row's currency is {currency}.</source>
            <comment>import.value.other_currency</comment>
            <translation>“{text}” er i {symbol}, men rækkens valuta er {currency}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is negative; a price cannot be.</source>
            <comment>import.value.negative_price</comment>
            <translation>“{text}” er negativ; en pris kan ikke være negativ.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/store/location.py" />
            <source>“{text}” is neither a file path nor a database URL.</source>
            <comment>store.not_a_location</comment>
            <translation>“{text}” er hverken en filsti eller en database-URL.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is not a date (in {locale}, write e.g. {example} or 2026-03-15).</source>
            <comment>import.date.not_a_date</comment>
            <translation>“{text}” er ikke en dato (for {locale} skal du skrive f.eks. {example} eller 2026-03-15).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is not a date and time.</source>
            <comment>import.value.not_an_instant</comment>
            <translation>“{text}” er ikke en dato og et klokkeslæt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is not a date on the calendar.</source>
            <comment>import.date.not_on_calendar</comment>
            <translation>“{text}” er ikke en dato, der findes i kalenderen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>“{text}” is not a date or period</source>
            <comment>rates.bad_period</comment>
            <translation>“{text}” er ikke en dato eller en periode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is not a notice period; write the days, e.g. 30 or “30 days”.</source>
            <comment>import.value.not_a_notice</comment>
            <translation>“{text}” er ikke et opsigelsesvarsel; skriv antal dage, f.eks. 30 eller “30 days”.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>“{text}” is not a status (active, cancelled, expired, payment_failed, or the words of Seatkeeper's export).</source>
            <comment>import.value.not_a_status</comment>
            <translation>“{text}” er ikke en status (active, cancelled, expired, payment_failed eller ordene i Seatkeepers eksport).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>“{text}” is not a version number (e.g. 7.3.7).</source>
            <comment>app_store.not_a_version</comment>
            <translation>“{text}” er ikke et versionsnummer (f.eks. 7.3.7).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is not a whole number.</source>
            <comment>import.value.not_whole</comment>
            <translation>“{text}” er ikke et heltal.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/deadlines.py" />
            <source>“{text}” is not an ISO 8601 date and time.</source>
            <comment>cli.not_an_instant</comment>
            <translation>“{text}” er ikke en dato og et klokkeslæt i ISO 8601-format.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is not an amount as {locale} writes it (the decimal mark there is “{decimal}”, e.g. {example}); is the file in another locale?</source>
            <comment>import.amount.not_in_locale</comment>
            <translation>“{text}” er ikke et beløb, som det skrives i {locale} (decimaltegnet dér er “{decimal}”, f.eks. {example}); har filen en anden landestandard?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>“{text}” is not an amount of money.</source>
            <comment>money.not_an_amount</comment>
            <translation>“{text}” er ikke et pengebeløb.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is not an amount.</source>
            <comment>import.amount.not_an_amount</comment>
            <translation>“{text}” er ikke et beløb.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rates.py" />
            <source>“{text}” is not an exchange rate (a positive number).</source>
            <comment>rates.not_a_rate</comment>
            <translation>“{text}” er ikke en valutakurs (et positivt tal).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/generic.py" />
            <source>“{text}” is not one of {allowed}.</source>
            <comment>import.value.not_one_of</comment>
            <translation>“{text}” er ikke en af {allowed}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/price.py" />
            <source>“{text}” is not what a price buys (per_seat or total).</source>
            <comment>price.not_a_basis</comment>
            <translation>“{text}” er ikke noget, en pris kan gælde (per_seat eller total).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is not yes or no (write true/false, yes/no or 1/0).</source>
            <comment>import.value.not_yes_no</comment>
            <translation>“{text}” er hverken ja eller nej (skriv true/false, yes/no eller 1/0).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/terms_commands.py" />
            <source>“{text}” is not yes or no.</source>
            <comment>cli.not_yes_no</comment>
            <translation>“{text}” er hverken “yes” eller “no”.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/values.py" />
            <source>“{text}” is too large to be a price.</source>
            <comment>import.value.price_too_large</comment>
            <translation>“{text}” er for stort til at være en pris.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}” is written month first, as in the US, but the file's locale is {locale}; choose en-US for this file or write the date year first.</source>
            <comment>import.date.us_elsewhere</comment>
            <translation>“{text}” er skrevet med måneden først som i USA, men filens landestandard er {locale}; vælg en-US til denne fil, eller skriv datoen med året først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/rate_files.py" />
            <source>“{text}” names no ISO 4217 currency</source>
            <comment>rates.bad_currency</comment>
            <translation>“{text}” angiver ingen ISO 4217-valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/locale_values.py" />
            <source>“{text}”: “kr” is the sign of NOK, DKK, SEK and ISK, and the file's locale ({locale}) says none of them; write the code.</source>
            <comment>import.amount.krone_unknown</comment>
            <translation>“{text}”: “kr” er tegnet for NOK, DKK, SEK og ISK, og filens landestandard ({locale}) angiver ingen af dem; skriv valutakoden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/importing/directory.py" />
            <source>“{value}” is not a status Seatkeeper knows (active or left; {known}).</source>
            <comment>people.unknown_status</comment>
            <translation>“{value}” er ikke en status, Seatkeeper kender (active eller left; {known}).</translation>
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
            <translation>&amp;Faktureringscyklus:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>&amp;Last four digits:</source>
            <translation>&amp;Sidste fire cifre:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>&amp;Seats:</source>
            <translation>&amp;Licenser:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>Card &amp;brand:</source>
            <translation>K&amp;orttype:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>Every seat of “{title}” is cancelled, so a new plan can start: new seats, a new billing cycle from today, paid by credit card.</source>
            <translation>Alle licenser i “{title}” er opsagt, så en ny plan kan starte: nye licenser og en ny faktureringscyklus fra i dag, betalt med kreditkort.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>S&amp;tart plan</source>
            <translation>Start &amp;plan</translation>
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
            <translation>S&amp;let en persons data…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/people.py" />
            <source>E&amp;xport a person's data…</source>
            <translation>Eks&amp;portér en persons data…</translation>
        </message>
    </context>
    <context>
        <name>PeopleScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>&amp;Import directory…</source>
            <translation>&amp;Importér katalog…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>&amp;Release leaver's seats…</source>
            <translation>&amp;Frigiv fratrådtes licenser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>1 person</source>
            <translation>1 person</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Devices connected to their seats</source>
            <translation>Enheder tilsluttet deres licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Directory</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Directory id</source>
            <translation>Katalog-id</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Filter by name, e-mail, department or status (Ctrl+F)</source>
            <translation>Filtrér efter navn, e-mail, afdeling eller status (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Holds no seat.</source>
            <translation>Har ingen licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>In the directory file last imported</source>
            <translation>I den senest importerede katalogfil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Left on</source>
            <translation>Fratrådt den</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>No device connected.</source>
            <translation>Ingen enhed tilsluttet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>No directory imported yet</source>
            <translation>Intet katalog importeret endnu</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Not in the directory file last imported</source>
            <translation>Ikke i den senest importerede katalogfil</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Release leaver's seats</source>
            <translation>Frigiv fratrådtes licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Seats held</source>
            <translation>Tildelte licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Select a person to see their seats and devices.</source>
            <translation>Vælg en person for at se vedkommendes licenser og enheder.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Select someone who left and still holds a seat.</source>
            <translation>Vælg en, der er fratrådt og stadig har en licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/people.py" />
            <source>The roster is open read-only; nothing can be changed.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet; intet kan ændres.</translation>
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
            <translation>Afdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Devices</source>
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Left</source>
            <translation>Fratrådt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Left on</source>
            <translation>Fratrådt den</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Left, but still holds {seats} seat(s) and {devices} device(s).</source>
            <translation>Fratrådt, men har stadig {seats} licens(er) og {devices} enhed(er).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Not in the directory file last imported.</source>
            <translation>Ikke i den senest importerede katalogfil.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/people_table_model.py" />
            <source>Seats</source>
            <translation>Licenser</translation>
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
            <translation>&amp;Gennemse…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>&amp;Look up</source>
            <translation>&amp;Slå op</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>An access request: everything the roster holds about one person (their record, the seats they hold and held, and the audit events that name them), saved as a JSON file.</source>
            <translation>En indsigtsanmodning: alt, hvad licensregistret indeholder om én person (vedkommendes post, de licenser, personen har og har haft, og de revisionshændelser, der nævner personen), gemt som en JSON-fil.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>E&amp;xport</source>
            <translation>Eks&amp;portér</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Erase &amp;permanently</source>
            <translation>Slet &amp;permanent</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Erase a person's data</source>
            <translation>Slet en persons data</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Erasing…</source>
            <translation>Sletter…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Erasure cannot be undone. Backups made before it still hold the data until they are replaced; restoring one brings it back.</source>
            <translation>Sletningen kan ikke fortrydes. Sikkerhedskopier, der er taget før sletningen, indeholder stadig dataene, indtil de erstattes; gendannes en af dem, kommer dataene tilbage.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Export a person's data</source>
            <translation>Eksportér en persons data</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Exporting…</source>
            <translation>Eksporterer…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Look the person up to see what will be erased.</source>
            <translation>Slå personen op for at se, hvad der bliver slettet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Looking up…</source>
            <translation>Slår op…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Person's &amp;e-mail address:</source>
            <translation>Personens &amp;e-mailadresse:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Ready: this erases the data above for good.</source>
            <translation>Klar: dette sletter dataene ovenfor for altid.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Removes one person's personal data everywhere in the roster: their seats are released, devices named after them renamed, and their name and e-mail address taken out of every table and every audit event. The audit log still verifies; one event records that an erasure was made, naming no one.</source>
            <translation>Fjerner én persons personoplysninger overalt i licensregistret: personens licenser frigives, enheder opkaldt efter personen omdøbes, og navn og e-mailadresse fjernes fra alle tabeller og alle revisionshændelser. Revisionsloggen kan stadig verificeres; én hændelse registrerer, at der er foretaget en sletning, uden at nævne nogen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Save &amp;to:</source>
            <translation>Gem &amp;i:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Save the person's data to</source>
            <translation>Gem personens data i</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Saved to {path}.</source>
            <translation>Gemt i {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>The person's data was erased ({count} audit event(s) rewritten).</source>
            <translation>Personens data er slettet ({count} revisionshændelse(r) omskrevet).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>The person's record (name and e-mail address)</source>
            <translation>Personens post (navn og e-mailadresse)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>The same e-mail address again</source>
            <translation>Den samme e-mailadresse igen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Type the address again to &amp;confirm:</source>
            <translation>Skriv adressen igen for at &amp;bekræfte:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Type the e-mail address again below to confirm.</source>
            <translation>Skriv e-mailadressen igen nedenfor for at bekræfte.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Type the e-mail address and look the person up.</source>
            <translation>Skriv e-mailadressen, og slå personen op.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Type the person's e-mail address and where to save.</source>
            <translation>Skriv personens e-mailadresse, og angiv, hvor dataene skal gemmes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>Will be erased:</source>
            <translation>Bliver slettet:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>name@example.com</source>
            <translation>navn@example.com</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} audit event(s) rewritten without their data (the log still verifies)</source>
            <translation>{count} revisionshændelse(r) omskrevet uden personens data (loggen kan stadig verificeres)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} device(s) disconnected from their seats</source>
            <translation>{count} enhed(er) afbrudt fra personens licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} device(s) named after them renamed</source>
            <translation>{count} enhed(er) opkaldt efter personen omdøbt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} licence registration(s)</source>
            <translation>{count} licensregistrering(er)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} reminder answer(s) and notice(s)</source>
            <translation>{count} påmindelsessvar og meddelelse(r)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} review decision(s)</source>
            <translation>{count} beslutning(er) i gennemgange</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} row(s) of seat history</source>
            <translation>{count} række(r) i licenshistorikken</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} seat(s) released</source>
            <translation>{count} licens(er) frigivet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} sign-off(s) in their name</source>
            <translation>{count} godkendelse(r) i personens navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{count} undo record(s) of a review</source>
            <translation>{count} fortrydelsespost(er) fra en gennemgang</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/person_data_dialog.py" />
            <source>{n} deliveries to them</source>
            <translation>
                <numerusform>{n} levering til personen</numerusform>
                <numerusform>{n} leveringer til personen</numerusform>
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
            <translation>T&amp;ilføj licenser til et volumenlicensabonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>&amp;Billing cycle:</source>
            <translation>&amp;Faktureringscyklus:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Bitcoin</source>
            <translation>&amp;Bitcoin</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Credit card</source>
            <translation>&amp;Kreditkort</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Last four digits:</source>
            <translation>&amp;Sidste fire cifre:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Name in the roster:</source>
            <translation>&amp;Navn i licensregistret:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>&amp;New volume subscription</source>
            <translation>Nyt &amp;volumenlicensabonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>&amp;Record the request</source>
            <translation>&amp;Registrér anmodningen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A request was recorded for this account. To buy for another account, cancel the wizard and start again.</source>
            <translation>Der er registreret en anmodning for denne konto. Vil du købe til en anden konto, skal du annullere guiden og starte forfra.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A volume purchase goes requested → approved → completed. Record the request, then mark it approved when the vendor says so.</source>
            <translation>Et volumenkøb går fra anmodet → godkendt → gennemført. Registrér anmodningen, og markér den som godkendt, når leverandøren har godkendt den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A&amp;pproved by the vendor</source>
            <translation>&amp;Godkendt af leverandøren</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Account: {vendor} (owner {owner_email})</source>
            <translation>Konto: {vendor} (ejer {owner_email})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>All amounts in {currency}.</source>
            <translation>Alle beløb i {currency}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Amount due</source>
            <translation>Beløb til betaling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Any number of seats can be added at any time.</source>
            <translation>Der kan til enhver tid tilføjes et vilkårligt antal licenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Approved. Next: choose the seats and the billing cycle.</source>
            <translation>Godkendt. Næste trin: vælg licenserne og faktureringscyklussen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Billing cycle</source>
            <translation>Faktureringscyklus</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Card &amp;brand:</source>
            <translation>K&amp;orttype:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Charged for the whole months left; the renewal date stays.</source>
            <translation>Der betales for de hele måneder, der er tilbage; fornyelsesdatoen forbliver den samme.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Check the calculation. Finish completes the purchase and adds the seats to the roster.</source>
            <translation>Kontrollér beregningen. Slut gennemfører købet og tilføjer licenserne til licensregistret.</translation>
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
            <translation>Vælg korttype…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Credit from the current subscription</source>
            <translation>Kredit fra det nuværende abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/common.py" />
            <source>Enter the monthly price of one seat, e.g. 8.32.</source>
            <translation>Angiv månedsprisen for én licens, f.eks. 8,32.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Five seats or more for one vendor account, paid by credit card. The vendor approves the request first.</source>
            <translation>Fem licenser eller flere til én leverandørkonto, betalt med kreditkort. Leverandøren godkender først anmodningen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>How many seats, how long each billing cycle is, and what one seat costs per month.</source>
            <translation>Hvor mange licenser, hvor lang hver faktureringscyklus er, og hvad én licens koster om måneden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Loading the vendor accounts…</source>
            <translation>Indlæser leverandørkonti…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Loading the volume subscriptions…</source>
            <translation>Indlæser volumenlicensabonnementer…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Looking up the payment methods the vendor accepts…</source>
            <translation>Slår de betalingsmetoder op, som leverandøren accepterer…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Marking the request approved…</source>
            <translation>Markerer anmodningen som godkendt…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Monthly &amp;price per seat:</source>
            <translation>Månedlig &amp;pris pr. licens:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Monthly price per seat</source>
            <translation>Månedlig pris pr. licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Months left</source>
            <translation>Måneder tilbage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next is disabled until the vendor has approved the request: only an approved request can be completed.</source>
            <translation>Næste er ikke tilgængelig, før leverandøren har godkendt anmodningen: kun en godkendt anmodning kan gennemføres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next is disabled: record the purchase request first.</source>
            <translation>Næste er ikke tilgængelig: registrér først købsanmodningen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next: record the purchase request for this account.</source>
            <translation>Næste trin: registrér købsanmodningen for denne konto.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>No request recorded yet.</source>
            <translation>Der er endnu ikke registreret en anmodning.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Number of &amp;seats:</source>
            <translation>Antal &amp;licenser:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Number of seats</source>
            <translation>Antal licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Paid by</source>
            <translation>Betales med</translation>
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
            <translation>Købet blev ikke gemt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Purchase saved.</source>
            <translation>Købet er gemt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Purchase seats</source>
            <translation>Køb licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Recording the request…</source>
            <translation>Registrerer anmodningen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Renewal date</source>
            <translation>Fornyelsesdato</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Request</source>
            <translation>Anmodning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request #{order_id} is {status}.</source>
            <translation>Anmodning nr. {order_id} har status {status}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request #{order_id} recorded — waiting for the vendor's approval.</source>
            <translation>Anmodning nr. {order_id} er registreret — afventer leverandørens godkendelse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request and approval</source>
            <translation>Anmodning og godkendelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Review and finish</source>
            <translation>Gennemse og afslut</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Saving the purchase…</source>
            <translation>Gemmer købet…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Seatkeeper keeps only the card brand and its last four digits.</source>
            <translation>Seatkeeper gemmer kun korttypen og kortets sidste fire cifre.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Seats</source>
            <translation>Licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats added to “{choice}” renew with it on {renewal_date}.</source>
            <translation>Licenser, der tilføjes til “{choice}”, fornyes sammen med abonnementet den {renewal_date}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Seats and billing cycle</source>
            <translation>Licenser og faktureringscyklus</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Seats join a running volume subscription, are charged for the months left, and renew with it on the same date.</source>
            <translation>Licenserne føjes til et løbende volumenlicensabonnement, betales for de resterende måneder og fornyes sammen med det på samme dato.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats to &amp;add:</source>
            <translation>Antal nye &amp;licenser:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats to add</source>
            <translation>Nye licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>The current individual subscription keeps running; its unused credit is taken off this first invoice. All amounts in {currency}.</source>
            <translation>Det nuværende individuelle abonnement fortsætter; den ubrugte kredit trækkes fra denne første faktura. Alle beløb i {currency}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>The roster has no vendor account. A volume licence can be requested only for an existing vendor account; add or buy the account first.</source>
            <translation>Licensregistret har ingen leverandørkonto. Der kan kun anmodes om en volumenlicens til en eksisterende leverandørkonto; tilføj eller køb kontoen først.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>The roster has no volume subscription yet; choose “New volume subscription” instead.</source>
            <translation>Licensregistret har endnu ikke et volumenlicensabonnement; vælg “Nyt volumenlicensabonnement” i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Total</source>
            <translation>I alt</translation>
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
            <translation>Volumenlicens ({seats} licenser)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Volume subscription</source>
            <translation>Volumenlicensabonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Volume subscription bought: {count} seats ({licence_ids} to {licence_ids2}), {amount_due} due.</source>
            <translation>Volumenlicensabonnement købt: {count} licenser ({licence_ids} til {licence_ids2}), {amount_due} til betaling.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Volume subscriptions</source>
            <translation>Volumenlicensabonnementer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>What would you like to buy?</source>
            <translation>Hvad vil du købe?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Which vendor account is the volume licence for? Its owner controls every seat.</source>
            <translation>Hvilken leverandørkonto er volumenlicensen til? Kontoens ejer styrer alle licenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Which volume subscription gets the new seats?</source>
            <translation>Hvilket volumenlicensabonnement skal have de nye licenser?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Working out the amount due…</source>
            <translation>Beregner beløbet til betaling…</translation>
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
            <translation>det kort, der er registreret til dette abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{card_brand} ending {card_last4}</source>
            <translation>{card_brand} med slutcifrene {card_last4}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{choice} — {vendor} · {seats} · renews {renewal_date} · {status}</source>
            <translation>{choice} — {vendor} · {seats} · fornyes {renewal_date} · {status}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{credit_available} available, {credit_used} used</source>
            <translation>{credit_available} til rådighed, {credit_used} brugt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{currenttext} ending {last4}.</source>
            <translation>{currenttext} med slutcifrene {last4}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{months} (until the renewal)</source>
            <translation>{months} (indtil fornyelsen)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{months} months, renews on {renews}</source>
            <translation>{months} måneder, fornyes den {renews}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{renewal_date} (unchanged)</source>
            <translation>{renewal_date} (uændret)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>{seats} added ({licence_ids} to {licence_ids2}) for {total}; renewal date unchanged.</source>
            <translation>{seats} tilføjet ({licence_ids} til {licence_ids2}) for {total}; fornyelsesdatoen er uændret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{seats} seats for {months} months: {total}.</source>
            <translation>{seats} licenser i {months} måneder: {total}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {months} months = {total}</source>
            <translation>{seats} licenser × {unit_monthly_price} × {months} måneder = {total}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {plan_months} months = {price}</source>
            <translation>{seats} licenser × {unit_monthly_price} × {plan_months} måneder = {price}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {plan_months} months = {price}. Credit and the amount due are on the review page.</source>
            <translation>{seats} licenser × {unit_monthly_price} × {plan_months} måneder = {price}. Kredit og beløb til betaling vises på siden Gennemse og afslut.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{vendor}'s accepted payment methods are not known: check with the vendor that it takes the one you choose.</source>
            <translation>Det vides ikke, hvilke betalingsmetoder {vendor} accepterer: spørg leverandøren, om den metode, du vælger, accepteres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{vendor}'s terms for a volume purchase ({rule}): paid by {methods}.</source>
            <translation>Vilkår fra {vendor} for et volumenkøb ({rule}): betales med {methods}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{vendor}'s terms: paid by {methods}.</source>
            <translation>Vilkår fra {vendor}: betales med {methods}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/common.py" />
            <source>“{value}” is not a price; type digits with a decimal point, e.g. 8.32.</source>
            <translation>“{value}” er ikke en pris; skriv cifre med decimaltegn, f.eks. 8,32.</translation>
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
            <translation>&amp;Svarer til:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>1 unit of:</source>
            <translation>1 enhed af:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>Exchange rate</source>
            <translation>Valutakurs</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>Of:</source>
            <translation>I:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/rate_dialog.py" />
            <source>The rate a bank published for a day. Amounts are converted with the latest rate on or before their date.</source>
            <translation>Den kurs, en bank har offentliggjort for en dag. Beløb omregnes med den seneste kurs på eller før deres dato.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseLeaver</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>&amp;Release {seats} seat(s)</source>
            <translation>&amp;Frigiv {seats} licens(er)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Devices:</source>
            <translation>Enheder:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Each change goes into the audit log; Edit → Undo gives them back in one step.</source>
            <translation>Hver ændring skrives i revisionsloggen; Rediger → Fortryd giver dem tilbage i ét trin.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Free {seats} seat(s) and disconnect {devices} device(s)?</source>
            <translation>Vil du frigive {seats} licens(er) og afbryde forbindelsen til {devices} enhed(er)?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Release leaver's seats</source>
            <translation>Frigiv fratrådtes licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Release the seats of {name}</source>
            <translation>Frigiv licenserne for {name}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Released {seats} seat(s) and {devices} device(s) of {name}.</source>
            <translation>{seats} licens(er) og {devices} enhed(er) for {name} er frigivet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>Seats:</source>
            <translation>Licenser:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>{who} is still active in the directory.</source>
            <translation>{who} er stadig aktiv i kataloget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/release_dialog.py" />
            <source>{who} left on {day}.</source>
            <translation>{who} fratrådte den {day}.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>&amp;Reminder lead times…</source>
            <translation>&amp;Varslingstider for påmindelser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>All reminders…</source>
            <translation>Alle påmindelser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Deadline coming</source>
            <translation>Frist nærmer sig</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Dismiss</source>
            <translation>Afvis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Re&amp;minders…</source>
            <translation>På&amp;mindelser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Remind me while Seatkeeper is &amp;closed</source>
            <translation>Påmind mig, mens Seatkeeper er &amp;lukket</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminder not changed</source>
            <translation>Påmindelsen blev ikke ændret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Reminder:</source>
            <translation>Påmindelse:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminders come only while Seatkeeper is open.</source>
            <translation>Påmindelser kommer kun, mens Seatkeeper er åben.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminders now also come while Seatkeeper is closed (every hour).</source>
            <translation>Påmindelser kommer nu også, mens Seatkeeper er lukket (hver time).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminders…</source>
            <translation>Påmindelser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Show fewer reminders</source>
            <translation>Vis færre påmindelser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Show {n} more reminder(s)…</source>
            <translation>
                <numerusform>Vis {n} påmindelse mere…</numerusform>
                <numerusform>Vis {n} påmindelser mere…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Snooze 1 day</source>
            <translation>Udsæt 1 dag</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>This roster is open for read-only review, so settings cannot be changed.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang, så indstillingerne kan ikke ændres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>will be charged</source>
            <translation>vil blive opkrævet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>will lapse</source>
            <translation>udløber</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>{amount} will be charged</source>
            <translation>{amount} vil blive opkrævet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>{days} d {hours} h left</source>
            <translation>{days} d {hours} t tilbage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>{hours} h {minutes} min left</source>
            <translation>{hours} t {minutes} min tilbage</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>{n} deadlines coming</source>
            <translation>
                <numerusform>{n} frist nærmer sig</numerusform>
                <numerusform>{n} frister nærmer sig</numerusform>
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
            <translation>&amp;Afvis</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>&amp;Keep and renew</source>
            <translation>&amp;Behold og forny</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>&amp;Reopen</source>
            <translation>&amp;Genåbn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>&amp;Snooze until</source>
            <translation>&amp;Udsæt til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Dismissed</source>
            <translation>Afvist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Due</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Handled: cancelled</source>
            <translation>Behandlet: opsagt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Handled: keep and renew</source>
            <translation>Behandlet: behold og forny</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>I &amp;cancelled it</source>
            <translation>Jeg har &amp;opsagt det</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>I cancelled it (in the store or at the vendor).</source>
            <translation>Jeg har opsagt det (i butikken eller hos leverandøren).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>If nothing is done</source>
            <translation>Hvis intet gøres</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>No deadline is within its reminder lead time.</source>
            <translation>Ingen frist er inden for sin varslingstid.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Open</source>
            <translation>Åben</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Open reminders charge {amounts} if nothing is done.</source>
            <translation>Hvis intet gøres, opkræves {amounts} for åbne påmindelser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Reminders</source>
            <translation>Påmindelser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Snoozed</source>
            <translation>Udsat</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>Snoozed until {when}</source>
            <translation>Udsat til {when}</translation>
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
            <translation>Tid tilbage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>charged</source>
            <translation>opkræves</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/reminders_dialog.py" />
            <source>lapses</source>
            <translation>udløber</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>&amp;Restore…</source>
            <translation>&amp;Gendan…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Backups</source>
            <translation>Sikkerhedskopier</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Choose the copy of {roster} to put back. The roster as it is now is copied first, so this can be undone the same way.</source>
            <translation>Vælg den kopi af {roster}, der skal lægges tilbage. Licensregistret, som det er nu, kopieres først, så dette kan fortrydes på samme måde.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Restore from backup</source>
            <translation>Gendan fra sikkerhedskopi</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>There are no backups of this roster yet. One is taken once a day when Seatkeeper starts, and before every upgrade.</source>
            <translation>Der er endnu ingen sikkerhedskopier af dette licensregister. Der tages en én gang om dagen, når Seatkeeper starter, og før hver opgradering.</translation>
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
            <translation> (anvendt)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Detail</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Do not renew</source>
            <translation>Forny ikke</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Finding</source>
            <translation>Fund</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Keep</source>
            <translation>Behold</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Reassign</source>
            <translation>Tildel igen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Reclaim</source>
            <translation>Inddrag</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Seat</source>
            <translation>Licens</translation>
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
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Apply decisions…</source>
            <translation>&amp;Anvend beslutninger…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Apply to {total} seat(s)</source>
            <translation>&amp;Anvend på {total} licens(er)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Decide…</source>
            <translation>&amp;Beslut…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Keep it</source>
            <translation>&amp;Behold den</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Release it</source>
            <translation>&amp;Frigiv den</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Release leaver's seats…</source>
            <translation>Fr&amp;igiv fratrådtes licenser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Sign off…</source>
            <translation>&amp;Godkend…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Undo last apply</source>
            <translation>&amp;Fortryd sidste anvendelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>1 finding</source>
            <translation>1 fund</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;b&gt;Next renewal:&lt;/b&gt; {before} before decisions → &lt;b&gt;{after}&lt;/b&gt; after · {decided} decision(s) recorded</source>
            <translation>&lt;b&gt;Næste fornyelse:&lt;/b&gt; {before} før beslutningerne → &lt;b&gt;{after}&lt;/b&gt; efter · {decided} beslutning(er) registreret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;&lt;b&gt;{reclaimed}&lt;/b&gt; seat(s) will be reclaimed from their holders.&lt;br&gt;&lt;b&gt;{not_renewed}&lt;/b&gt; seat(s) will stop renewing.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{reclaimed}&lt;/b&gt; licens(er) inddrages fra brugerne.&lt;br&gt;&lt;b&gt;{not_renewed}&lt;/b&gt; licens(er) holder op med at blive fornyet.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;Keep and reassign decisions change nothing here. You can undo this with “Undo last apply”.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Beslutningerne Behold og Tildel igen ændrer intet her. Du kan fortryde dette med “Fortryd sidste anvendelse”.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;Nothing to apply: record Reclaim or Do not renew decisions first.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Intet at anvende: registrér først beslutninger om Inddrag eller Forny ikke.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;{count} decision(s) cannot be applied and will be left as they are:&lt;/p&gt;&lt;ul&gt;{refused}&lt;/ul&gt;</source>
            <translation>&lt;p&gt;{count} beslutning(er) kan ikke anvendes og forbliver uændret:&lt;/p&gt;&lt;ul&gt;{refused}&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>All findings</source>
            <translation>Alle fund</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>All findings ({values})</source>
            <translation>Alle fund ({values})</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Applied: {reclaimed} seat(s) reclaimed, {not_renewed} set not to renew.</source>
            <translation>Anvendt: {reclaimed} licens(er) inddraget, {not_renewed} sat til ikke at blive fornyet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Apply review decisions</source>
            <translation>Anvend beslutninger fra gennemgangen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Ask &amp;holders…</source>
            <translation>&amp;Spørg brugerne…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Asked {sent} holder(s).</source>
            <translation>{sent} bruger(e) er spurgt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Cancel-by deadlines within this many days</source>
            <translation>Frister for opsigelse inden for så mange dage</translation>
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
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>E-mail the holders of seats renewing soon: do they still need them?</source>
            <translation>Send en e-mail til brugerne af licenser, der snart fornyes: har de stadig brug for dem?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Filter findings by subscription, seat or detail (Ctrl+F)</source>
            <translation>Filtrér fund efter abonnement, licens eller detaljer (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Finding</source>
            <translation>Fund</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Holder &amp;answered…</source>
            <translation>Brugeren s&amp;varede…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Holder answered</source>
            <translation>Brugeren svarede</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Kind of finding</source>
            <translation>Type fund</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>None yet — press Decide…</source>
            <translation>Ingen endnu — vælg Beslut…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Nothing to undo: no decisions were applied in this session.</source>
            <translation>Intet at fortryde: der er ikke anvendt beslutninger i denne session.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Reclaim and stop renewal of the decided seats, after a confirmation</source>
            <translation>Inddrag de besluttede licenser, og stop deres fornyelse, efter en bekræftelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Record a holder's answer (keep or release) as the seat's decision</source>
            <translation>Registrér en brugers svar (behold eller frigiv) som licensens beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Record who reviewed the roster, and when</source>
            <translation>Registrér, hvem der har gennemgået licensregistret, og hvornår</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Release leaver…</source>
            <translation>Frigiv fratrådt…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review</source>
            <translation>Gennemgang</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review finding</source>
            <translation>Fund i gennemgangen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review signed off by {reviewer} on {signed_on}.</source>
            <translation>Gennemgangen er godkendt af {reviewer} den {signed_on}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Reviewing the roster…</source>
            <translation>Gennemgår licensregistret…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Seat</source>
            <translation>Licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Select a finding about a seat; subscription findings have no seat decision.</source>
            <translation>Vælg et fund om en licens; fund om abonnementer har ingen licensbeslutning.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Select a finding about someone who left.</source>
            <translation>Vælg et fund om en, der er fratrådt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Select a finding to see it and its seat's decision.</source>
            <translation>Vælg et fund for at se det og beslutningen for dets licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>The roster is open read-only for review; decisions cannot be recorded.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang; der kan ikke registreres beslutninger.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Undone: {seats} seat(s) are as they were.</source>
            <translation>Fortrudt: {seats} licens(er) er som før.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>What did the holder of {seat} ({subscription}) answer?</source>
            <translation>Hvad svarede brugeren af {seat} ({subscription})?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>deadlines within </source>
            <translation>frister inden for </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>over {count}</source>
            <translation>over {count}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>the same</source>
            <translation>uændret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>{count} findings</source>
            <translation>{count} fund</translation>
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
            <translation>— (om hele abonnementet)</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <location filename="../../src/seatkeeper/ui/context.py" />
            <source>Your login can review this roster but not change it.</source>
            <translation>Dit login kan gennemgå dette licensregister, men ikke ændre det.</translation>
        </message>
    </context>
    <context>
        <name>RosterLock</name>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>Seatkeeper cannot create the lock file next to {roster}. Check that you may write in its folder.</source>
            <translation>Seatkeeper kan ikke oprette låsefilen ved siden af {roster}. Kontrollér, at du har skriveadgang til mappen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>The roster {roster} is already open in another Seatkeeper window ({who}). Close it there first: two windows on one roster file could undo each other's work.</source>
            <translation>Licensregistret {roster} er allerede åbent i et andet Seatkeeper-vindue ({who}). Luk det der først: to vinduer på samme licensregisterfil kan overskrive hinandens arbejde.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>another program</source>
            <translation>et andet program</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>process {pid} on {host}</source>
            <translation>proces {pid} på {host}</translation>
        </message>
    </context>
    <context>
        <name>Screens</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Audit</source>
            <translation>Revisionslog</translation>
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
            <translation>Enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Licences</source>
            <translation>Licenser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Review</source>
            <translation>Gennemgang</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Spend</source>
            <translation>Udgifter</translation>
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
            <translation>&amp;Opsig abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Cancel subscription…</source>
            <translation>&amp;Opsig abonnement…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Don't renew</source>
            <translation>Slå &amp;automatisk fornyelse fra</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Purchase seats…</source>
            <translation>&amp;Køb licenser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Renew at next billing period</source>
            <translation>Forn&amp;y ved næste faktureringsperiode</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Setup (credentials)…</source>
            <translation>&amp;Setup (loginoplysninger)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Unassign</source>
            <translation>&amp;Fjern tildeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>A new plan can be started only when every seat has been cancelled; {seats_active} seat(s) are still active.</source>
            <translation>En ny plan kan først startes, når alle licenser er opsagt; {seats_active} licens(er) er stadig aktive.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancel subscription</source>
            <translation>Opsig abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancel “{subscription}”? Its {seats_active} active seats stay usable until {until}; then nothing renews.</source>
            <translation>Vil du opsige “{subscription}”? Abonnementets {seats_active} aktive licenser kan bruges indtil {until}; derefter fornyes intet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancelled, active until {until}.</source>
            <translation>Opsagt, aktivt indtil {until}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Changed by someone else</source>
            <translation>Ændret af en anden</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>De&amp;vices…</source>
            <translation>&amp;Enheder…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Don't renew</source>
            <translation>Forny ikke</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Don't renew {n} seat(s)</source>
            <translation>
                <numerusform>Forny ikke {n} licens</numerusform>
                <numerusform>Forny ikke {n} licenser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>New plan started: {count} new seats.</source>
            <translation>Ny plan startet: {count} nye licenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Re&amp;assign…</source>
            <translation>&amp;Tildel igen…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Re&amp;name seat…</source>
            <translation>Om&amp;døb licens…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Rename…</source>
            <translation>Omdøb…</translation>
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
                <numerusform>Forny {n} licens</numerusform>
                <numerusform>Forny {n} licenser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Seat {old} is now called {new}.</source>
            <translation>Licens {old} hedder nu {new}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select a seat of an active subscription.</source>
            <translation>Vælg en licens i et aktivt abonnement.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select a seat of the subscription.</source>
            <translation>Vælg en licens i abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one assigned seat.</source>
            <translation>Vælg én tildelt licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one or more seats.</source>
            <translation>Vælg en eller flere licenser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one seat.</source>
            <translation>Vælg én licens.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Setup…</source>
            <translation>Setup…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Start &amp;new plan…</source>
            <translation>Start &amp;ny plan…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Take seat {licence_id} from {holder}? The seat's history keeps them.</source>
            <translation>Vil du fjerne licens {licence_id} fra {holder}? Licensens historik bevarer brugeren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang; intet kan ændres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Unassign seat</source>
            <translation>Fjern tildeling af licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Unassign seat {seat}</source>
            <translation>Fjern tildeling af licens {seat}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) renew at the next billing period.</source>
            <translation>
                <numerusform>{n} licens fornyes ved næste faktureringsperiode.</numerusform>
                <numerusform>{n} licenser fornyes ved næste faktureringsperiode.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) will not renew; they lapse at the renewal date.</source>
            <translation>
                <numerusform>{n} licens fornyes ikke; den udløber på fornyelsesdatoen.</numerusform>
                <numerusform>{n} licenser fornyes ikke; de udløber på fornyelsesdatoen.</numerusform>
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
            <translation>&amp;Tildel alligevel</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Connect</source>
            <translation>&amp;Tilslut</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Disconnect</source>
            <translation>&amp;Afbryd forbindelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Disconnect them</source>
            <translation>&amp;Afbryd forbindelsen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Keep them connected</source>
            <translation>&amp;Behold forbindelsen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Reassign</source>
            <translation>&amp;Tildel igen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Reassign anyway</source>
            <translation>&amp;Tildel igen alligevel</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Rename</source>
            <translation>&amp;Omdøb</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Seat id:</source>
            <translation>&amp;Licens-id:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>A seat of “{subscription}”. Type the vendor's own licence id so the seat is called what the vendor calls it.</source>
            <translation>En licens i “{subscription}”. Skriv leverandørens eget licens-id, så licensen hedder det samme som hos leverandøren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Assign seat {seat}</source>
            <translation>Tildel licens {seat}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>C&amp;lose</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Connect {device} to {seat}</source>
            <translation>Tilslut {device} til {seat}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Devices of the account</source>
            <translation>Kontoens enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Devices on seat {licence_id}</source>
            <translation>Enheder på licens {licence_id}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Disconnect {device} from {seat}</source>
            <translation>Afbryd forbindelsen mellem {device} og {seat}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Enter the e-mail address too.</source>
            <translation>Angiv også e-mailadressen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Keep as it is</source>
            <translation>Behold uændret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Now held by {holder} &lt;{email}&gt;. The seat's history keeps them.</source>
            <translation>Er nu tildelt {holder} &lt;{email}&gt;. Licensens historik bevarer brugeren.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Reassign seat {seat}</source>
            <translation>Tildel licens {seat} igen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Rename seat {seat}</source>
            <translation>Omdøb licens {seat}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Saved.</source>
            <translation>Gemt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Seat changed meanwhile</source>
            <translation>Licensen er ændret i mellemtiden</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>The seat is called {seat} now.</source>
            <translation>Licensen hedder {seat} nu.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Type the holder's name and e-mail address.</source>
            <translation>Skriv brugerens navn og e-mailadresse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Type the holder's name too.</source>
            <translation>Skriv også brugerens navn.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Type the seat's new id.</source>
            <translation>Skriv licensens nye id.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Who gets seat {licence_id}?</source>
            <translation>Hvem skal have licens {licence_id}?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Will be renamed from {old} to {new}.</source>
            <translation>Omdøbes fra {old} til {new}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Will be saved as {person} &lt;{email}&gt;.</source>
            <translation>Gemmes som {person} &lt;{email}&gt;.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>connected to this seat</source>
            <translation>tilsluttet denne licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>not connected</source>
            <translation>ikke tilsluttet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>uses seat {seat_licence}</source>
            <translation>bruger licens {seat_licence}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{devices_connected} devices connected at once; the vendor's limit is not known.</source>
            <translation>{devices_connected} enheder tilsluttet samtidig; leverandørens grænse er ukendt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{devices_connected} of at most {device_limit} devices connected at once (virtual machines count).</source>
            <translation>{devices_connected} af højst {device_limit} enheder tilsluttet samtidig (virtuelle maskiner tæller med).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{email} already holds {seats} of this subscription.</source>
            <translation>{email} har allerede {seats} i dette abonnement.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{holder}'s {n} device(s) are connected to this seat. Should they stay connected for {name}?</source>
            <translation>
                <numerusform>{n} enhed, der tilhører {holder}, er tilsluttet denne licens. Skal den forblive tilsluttet for {name}?</numerusform>
                <numerusform>{n} enheder, der tilhører {holder}, er tilsluttet denne licens. Skal de forblive tilsluttet for {name}?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiér</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>&amp;Copy one-time connection code</source>
            <translation>&amp;Kopiér engangskode til tilslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>A code the selected device uses to connect itself (SD-3).</source>
            <translation>En kode, som den valgte enhed bruger til selv at oprette forbindelse (SD-3).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>A one-time code for “{value}” is on the clipboard. Enter it in the app on that device to connect it to the account.</source>
            <translation>En engangskode til “{value}” ligger i udklipsholderen. Indtast den i appen på enheden for at tilslutte den til kontoen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Copy one-time connection code</source>
            <translation>Kopiér engangskode til tilslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Select a device first.</source>
            <translation>Vælg først en enhed.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Send &amp;subscription…</source>
            <translation>Send &amp;abonnement…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Send a subscription by e-mail or to devices (Ctrl+Shift+M).</source>
            <translation>Send et abonnement via e-mail eller til enheder (Ctrl+Shift+M).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>The roster is open for read-only review.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>the one-time connection code for “{value}”</source>
            <translation>engangskoden til tilslutning af “{value}”</translation>
        </message>
    </context>
    <context>
        <name>SendWizard</name>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&amp;Platform:</source>
            <translation>&amp;Platform:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&amp;Recipient:</source>
            <translation>&amp;Modtager:</translation>
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
            <translation>&lt;b&gt;{candidate}&lt;/b&gt; kan modtage dette abonnement.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&lt;b&gt;{candidate}&lt;/b&gt; cannot receive this subscription:&lt;br&gt;</source>
            <translation>&lt;b&gt;{candidate}&lt;/b&gt; kan ikke modtage dette abonnement:&lt;br&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>&lt;b&gt;{value}&lt;/b&gt; goes to these devices:</source>
            <translation>&lt;b&gt;{value}&lt;/b&gt; sendes til disse enheder:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>A download link for &lt;b&gt;{value}&lt;/b&gt; (the app for {chosen_platform}) goes by e-mail to &lt;b&gt;{address}&lt;/b&gt;, {route}.</source>
            <translation>Et downloadlink til &lt;b&gt;{value}&lt;/b&gt; (appen til {chosen_platform}) sendes via e-mail til &lt;b&gt;{address}&lt;/b&gt; {route}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>A download link for this subscription cannot be sent:&lt;br&gt;</source>
            <translation>Der kan ikke sendes et downloadlink til dette abonnement:&lt;br&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Can receive this subscription.</source>
            <translation>Kan modtage dette abonnement.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Check before sending</source>
            <translation>Kontrollér før afsendelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Checking the subscription…</source>
            <translation>Kontrollerer abonnementet…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Checking whether a link for this subscription may be sent…</source>
            <translation>Kontrollerer, om der må sendes et link til dette abonnement…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Choose the subscription to send.</source>
            <translation>Vælg det abonnement, der skal sendes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Devices to send to</source>
            <translation>Enheder, der skal sendes til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>For a new device: the recipient installs the app from the link. The message holds no password or activation code.</source>
            <translation>Til en ny enhed: modtageren installerer appen fra linket. Meddelelsen indeholder hverken adgangskode eller aktiveringskode.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Handed to your mail client</source>
            <translation>Overdraget til dit mailprogram</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>How should it be sent?</source>
            <translation>Hvordan skal det sendes?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>It goes out through your mail server {label}.</source>
            <translation>Det sendes gennem din mailserver {label}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>It is recorded as delivered. Installing the app and receiving the subscription on the new device can take up to 24 hours.</source>
            <translation>Det er registreret som leveret. Det kan tage op til 24 timer at installere appen og modtage abonnementet på den nye enhed.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Loading the account's devices…</source>
            <translation>Indlæser kontoens enheder…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Loading the subscriptions…</source>
            <translation>Indlæser abonnementerne…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Mark it delivered on the Deliveries screen once it is sent, or undo it if you did not send it.</source>
            <translation>Markér leveringen som leveret på skærmen Leveringer, når meddelelsen er sendt, eller fortryd den, hvis du ikke sendte den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>No SMTP server is set up (Settings → E-mail (SMTP)…), so your mail client opens with the message filled in; the delivery stays pending until you mark it delivered.</source>
            <translation>Der er ikke sat en SMTP-server op (Indstillinger → E-mail (SMTP)…), så dit mailprogram åbnes med meddelelsen udfyldt; leveringen afventer, indtil du markerer den som leveret.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>No device of the account can receive this subscription; select a device to see why, or go Back and send a download link instead.</source>
            <translation>Ingen af kontoens enheder kan modtage dette abonnement; vælg en enhed for at se hvorfor, eller gå Tilbage, og send et downloadlink i stedet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Not sent</source>
            <translation>Ikke sendt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Nothing has been sent yet.</source>
            <translation>Intet er sendt endnu.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Nothing was recorded. Close the wizard, fix the cause and send again.</source>
            <translation>Intet blev registreret. Luk guiden, ret årsagen, og send igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Press Send to send it now.</source>
            <translation>Vælg Send for at sende det nu.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send a download link by e-mail</source>
            <translation>Send et downloadlink via e-mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send download link by &amp;e-mail</source>
            <translation>Send downloadlink via e-&amp;mail</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Send subscription</source>
            <translation>Send abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send to connected &amp;devices</source>
            <translation>Send til tilsluttede &amp;enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send to connected devices</source>
            <translation>Send til tilsluttede enheder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sending</source>
            <translation>Sender</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sending failed unexpectedly.</source>
            <translation>Afsendelsen mislykkedes uventet.</translation>
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
            <translation>Downloadlinket blev accepteret af din mailserver til:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>The mail client could not be opened. The message to {to} is on the clipboard: paste it into your mail program and send it, or set up an SMTP server in Settings → E-mail (SMTP)…</source>
            <translation>Mailprogrammet kunne ikke åbnes. Meddelelsen til {to} ligger i udklipsholderen: indsæt den i dit mailprogram, og send den, eller opsæt en SMTP-server under Indstillinger → E-mail (SMTP)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>The recipient opens the link on the device that will use the subscription.</source>
            <translation>Modtageren åbner linket på den enhed, der skal bruge abonnementet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>The roster holds no subscription to send.</source>
            <translation>Licensregistret indeholder ingen abonnementer, der kan sendes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>The subscription's account has no devices.</source>
            <translation>Abonnementets konto har ingen enheder.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Tick at least one device to send to.</source>
            <translation>Markér mindst én enhed, der skal sendes til.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Tick the devices to send to. Greyed devices cannot receive this subscription; select one to see why.</source>
            <translation>Markér de enheder, der skal sendes til. Nedtonede enheder kan ikke modtage dette abonnement; vælg en for at se hvorfor.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>To devices already connected to the account, or as a download link by e-mail.</source>
            <translation>Til enheder, der allerede er tilsluttet kontoen, eller som et downloadlink via e-mail.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>To start using it on devices already connected to the account, or to replace the subscription they use now.</source>
            <translation>For at begynde at bruge det på enheder, der allerede er tilsluttet kontoen, eller for at erstatte det abonnement, de bruger nu.</translation>
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
            <translation>Skriv modtagerens e-mailadresse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>What went out, and what happens next.</source>
            <translation>Hvad der blev sendt, og hvad der sker nu.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Which subscription?</source>
            <translation>Hvilket abonnement?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Your mail client opened with the message filled in. Send it from there. It is recorded as pending for:</source>
            <translation>Dit mailprogram blev åbnet med meddelelsen udfyldt. Send den derfra. Den er registreret som afventende for:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>e.g. anna@example.com</source>
            <translation>f.eks. anna@example.com</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>from your mail client</source>
            <translation>fra dit mailprogram</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>through {label}</source>
            <translation>gennem {label}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>{value} — cannot receive: {reasons}</source>
            <translation>{value} — kan ikke modtage: {reasons}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>{vendor} · {kind} · renews {renewal_date} · {assigned} of {seats} assigned</source>
            <translation>{vendor} · {kind} · fornyes {renewal_date} · {assigned} af {seats} tildelt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>“{subscription}” was sent to {n} device(s):</source>
            <translation>
                <numerusform>“{subscription}” blev sendt til {n} enhed:</numerusform>
                <numerusform>“{subscription}” blev sendt til {n} enheder:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/settings.py" />
            <source>&amp;E-mail (SMTP)…</source>
            <translation>&amp;E-mail (SMTP)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/settings.py" />
            <source>The roster is open for read-only review.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang.</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>&amp;Sign off</source>
            <translation>&amp;Godkend</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>1 finding has no decision</source>
            <translation>1 fund mangler en beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>Every finding has a decision.</source>
            <translation>Alle fund har en beslutning.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>Reviewer's &amp;name:</source>
            <translation>Godkenderens &amp;navn:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>Sign off the review</source>
            <translation>Godkend gennemgangen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>Signing records that the roster was reviewed today ({today}) and by whom. The review report shows it.</source>
            <translation>Godkendelsen registrerer, at licensregistret blev gennemgået i dag ({today}), og af hvem. Gennemgangsrapporten viser det.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>The reviewer's full name</source>
            <translation>Godkenderens fulde navn</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>{count} findings have no decision</source>
            <translation>{count} fund mangler en beslutning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/sign_off_dialog.py" />
            <source>{lead} (of {total} in all). You can sign off anyway; the report lists them as undecided.</source>
            <translation>{lead} (af {total} i alt). Du kan godkende alligevel; rapporten viser dem som uafgjorte.</translation>
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
            <translation>&amp;Vært:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;Security:</source>
            <translation>&amp;Sikkerhed:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;User:</source>
            <translation>&amp;Bruger:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>E-mail (SMTP)</source>
            <translation>E-mail (SMTP)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>E-mail settings are not available for this roster.</source>
            <translation>Mailindstillinger er ikke tilgængelige for dette licensregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>No secure keyring was found, so no SMTP password can be stored. A relay without login (leave the user empty) can still be saved; otherwise links go through your mail client.</source>
            <translation>Der blev ikke fundet nogen sikker nøglering, så der kan ikke gemmes en SMTP-adgangskode. En relæserver uden login (lad brugeren være tom) kan stadig gemmes; ellers går links via dit mailprogram.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>No server is set up yet: links open in your mail client.</source>
            <translation>Der er endnu ikke sat en server op: links åbnes i dit mailprogram.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>None — trusted local relay only</source>
            <translation>Ingen — kun til en betroet lokal relæserver</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Pass&amp;word:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (normalt port 587)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saved. The server accepted the test message to {to}.</source>
            <translation>Gemt. Serveren accepterede testmeddelelsen til {to}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saves these settings, then sends a short message.</source>
            <translation>Gemmer disse indstillinger og sender derefter en kort meddelelse.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Send &amp;test message</source>
            <translation>Send &amp;testmeddelelse</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Sending a test message to {to}…</source>
            <translation>Sender en testmeddelelse til {to}…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Settings saved, but the test message failed: {error}</source>
            <translation>Indstillingerne er gemt, men testmeddelelsen mislykkedes: {error}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>TLS from the start (usually port 465)</source>
            <translation>TLS fra starten (normalt port 465)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Test &amp;recipient:</source>
            <translation>Test&amp;modtager:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>The roster is open for read-only review; the settings cannot change.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang; indstillingerne kan ikke ændres.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Type the address the test message goes to.</source>
            <translation>Skriv den adresse, testmeddelelsen skal sendes til.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Without encryption the password crosses the network in clear text. Use STARTTLS or TLS unless this is a relay on a network you trust.</source>
            <translation>Uden kryptering sendes adgangskoden over netværket i klartekst. Brug STARTTLS eller TLS, medmindre dette er en relæserver på et netværk, du har tillid til.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>empty for a relay without login</source>
            <translation>tom for en relæserver uden login</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>no keyring: a relay without login only</source>
            <translation>ingen nøglering: kun relæserver uden login</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>stored in the keyring</source>
            <translation>gemmes i nøgleringen</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>stored in the keyring — leave empty to keep</source>
            <translation>gemt i nøgleringen — lad feltet være tomt for at beholde den</translation>
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
            <translation>&amp;Importér kurser…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>1 group</source>
            <translation>1 gruppe</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>&lt;b&gt;Total:&lt;/b&gt; {year} a year, {month} a month</source>
            <translation>&lt;b&gt;I alt:&lt;/b&gt; {year} om året, {month} om måneden</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>By department</source>
            <translation>Efter afdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>By holder</source>
            <translation>Efter bruger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>By subscription</source>
            <translation>Efter abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>By vendor</source>
            <translation>Efter leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Chart by department</source>
            <translation>Diagram efter afdeling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Chart by vendor</source>
            <translation>Diagram efter leverandør</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Chart saved to {path}.</source>
            <translation>Diagrammet er gemt i {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Danmarks Nationalbank exchange rates (Statbank) (*.csv)</source>
            <translation>Valutakurser fra Danmarks Nationalbank (Statistikbank) (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Exchange &amp;rate…</source>
            <translation>&amp;Valutakurs…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Export chart (&amp;PNG)…</source>
            <translation>Eksportér diagram (&amp;PNG)…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Export the forecast chart</source>
            <translation>Eksportér prognosediagrammet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Filter groups by name (Ctrl+F)</source>
            <translation>Filtrér grupper efter navn (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Group by</source>
            <translation>Gruppér efter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Import exchange rates</source>
            <translation>Importér valutakurser</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Imported rates for {pairs} from {first} to {last}: {added} new, {replaced} replaced.</source>
            <translation>Kurser importeret for {pairs} fra {first} til {last}: {added} nye, {replaced} erstattet.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Norges Bank exchange rates (SDMX-CSV) (*.csv)</source>
            <translation>Valutakurser fra Norges Bank (SDMX-CSV) (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>PNG images (*.png)</source>
            <translation>PNG-billeder (*.png)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Per month</source>
            <translation>Pr. måned</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Per year</source>
            <translation>Pr. år</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Rate saved.</source>
            <translation>Kursen er gemt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Select a group to see its amounts as stated and the rates used.</source>
            <translation>Vælg en gruppe for at se dens beløb som angivet og de anvendte kurser.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Spend</source>
            <translation>Udgifter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>Stack the chart by</source>
            <translation>Stak diagrammet efter</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>The chart could not be saved to {path}.</source>
            <translation>Diagrammet kunne ikke gemmes i {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>The roster is open read-only for review; rates cannot be saved.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang; kurser kan ikke gemmes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>incomplete: no exchange rate for {missing}</source>
            <translation>ufuldstændigt: ingen valutakurs for {missing}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>review decisions save {saved} in the next 12 months</source>
            <translation>beslutninger i gennemgangen sparer {saved} de næste 12 måneder</translation>
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
                <numerusform>{stated} om året = {converted} til kursen {rate} fra {day} ({n} dag gammel)</numerusform>
                <numerusform>{stated} om året = {converted} til kursen {rate} fra {day} ({n} dage gammel)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/spend.py" />
            <source>{stated} a year — no exchange rate, not converted</source>
            <translation>{stated} om året — ingen valutakurs, ikke omregnet</translation>
        </message>
    </context>
    <context>
        <name>SpendTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>As stated (a year)</source>
            <translation>Som angivet (pr. år)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Incomplete: {missing} could not be converted</source>
            <translation>Ufuldstændigt: {missing} kunne ikke omregnes</translation>
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
            <translation>Pr. måned</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Per year</source>
            <translation>Pr. år</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>Rate used</source>
            <translation>Anvendt kurs</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/spend_table_model.py" />
            <source>{currency} {rate} of {day} ({n} days old)</source>
            <translation>
                <numerusform>{currency} {rate} fra {day} ({n} dag gammel)</numerusform>
                <numerusform>{currency} {rate} fra {day} ({n} dage gammel)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Cannot open the roster</source>
            <translation>Licensregistret kan ikke åbnes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>No roster is open. Use File → Open roster… or File → Open demo roster.</source>
            <translation>Der er ikke åbnet et licensregister. Brug Filer → Åbn licensregister… eller Filer → Åbn demolicensregister.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Opening the roster…</source>
            <translation>Åbner licensregistret…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Opening {roster}…</source>
            <translation>Åbner {roster}…</translation>
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
            <translation>&amp;Opsig til periodens udløb</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Cancel to period end…</source>
            <translation>&amp;Opsig til periodens udløb…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Keep it</source>
            <translation>&amp;Behold det</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;New plan length:</source>
            <translation>&amp;Ny planlængde:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Resume</source>
            <translation>&amp;Genoptag</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Actions</source>
            <translation>Handlinger</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancel subscription</source>
            <translation>Opsig abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancel {terms}? It will not renew, and stays usable until the end of the current period ({period_ends_at}).</source>
            <translation>Vil du opsige {terms}? Det fornyes ikke og kan bruges indtil udgangen af den nuværende periode ({period_ends_at}).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancelled; usable until the end of the period.</source>
            <translation>Opsagt; kan bruges indtil udgangen af perioden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change &amp;plan</source>
            <translation>Skift &amp;plan</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change plan &amp;length…</source>
            <translation>Skift &amp;planlængde…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change plan length</source>
            <translation>Skift planlængde</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>I &amp;cancelled it in the App Store</source>
            <translation>Jeg har &amp;opsagt det i App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>I res&amp;umed it in the App Store</source>
            <translation>Jeg har &amp;genoptaget det i App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Mark payment &amp;failed</source>
            <translation>Markér betaling som &amp;mislykket</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Mark payment &amp;resolved</source>
            <translation>Markér betaling som &amp;løst</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Not changed</source>
            <translation>Ikke ændret</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Now {plan_months} months. The new length starts when the current period ends ({period_ends_at}); until then nothing changes. Choosing {plan_months} again withdraws a waiting change.</source>
            <translation>Nu {plan_months} måneder. Den nye længde gælder fra udgangen af den nuværende periode ({period_ends_at}); indtil da ændres intet. Vælger du {plan_months} igen, trækkes en ventende ændring tilbage.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Payment marked as failed.</source>
            <translation>Betalingen er markeret som mislykket.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Payment marked as resolved.</source>
            <translation>Betalingen er markeret som løst.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Plan length changed from the end of the period.</source>
            <translation>Planlængden er ændret fra udgangen af perioden.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record what you did in the App Store</source>
            <translation>Registrér, hvad du har gjort i App Store</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record: payment &amp;failed</source>
            <translation>Registrér: betaling &amp;mislykkedes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record: payment &amp;resolved</source>
            <translation>Registrér: betaling &amp;løst</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Recorded as cancelled in the App Store.</source>
            <translation>Registreret som opsagt i App Store.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Recorded as resumed.</source>
            <translation>Registreret som genoptaget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Res&amp;ume…</source>
            <translation>&amp;Genoptag…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resume subscription</source>
            <translation>Genoptag abonnement</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resume {terms}? The new period starts {starts}, with the same sign-in.</source>
            <translation>Vil du genoptage {terms}? Den nye periode starter {starts} med samme login.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resumed.</source>
            <translation>Genoptaget.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>State &amp;terms…</source>
            <translation>Angiv &amp;vilkår…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Terms saved.</source>
            <translation>Vilkårene er gemt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>This roster is open for read-only review, so nothing can be changed.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang, så intet kan ændres.</translation>
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
            <translation>App Store (faktureres af App Store)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Billed through</source>
            <translation>Faktureres via</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Cancel at least {notice} before the end, or the next period is charged.</source>
            <translation>Opsig mindst {notice} før udløbet, ellers opkræves næste periode.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Cancel by</source>
            <translation>Opsigelsesfrist</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Cancel in the App Store at least {notice} before the end, or the next period is charged.</source>
            <translation>Opsig i App Store mindst {notice} før udløbet, ellers opkræves næste periode.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Devices at once</source>
            <translation>Enheder samtidig</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>If resumed now, the new period starts {starts_at}.</source>
            <translation>Genoptages abonnementet nu, starter den nye periode {starts_at}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Moving to direct billing by the vendor</source>
            <translation>Skift til direkte fakturering fra leverandøren</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No cancel-by deadline: it will not be charged again.</source>
            <translation>Ingen frist for opsigelse: der opkræves ikke betaling igen.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No money-back guarantee; ask {refunds_via} (at its discretion)</source>
            <translation>Ingen pengene-tilbage-garanti; kontakt {refunds_via} (efter deres skøn)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No notice period known, so no cancel-by deadline: cancel before it renews.</source>
            <translation>Intet kendt opsigelsesvarsel og dermed ingen opsigelsesfrist: opsig, før det fornyes.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Notice period</source>
            <translation>Opsigelsesvarsel</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Payment failed — how to fix it</source>
            <translation>Betaling mislykkedes — sådan løser du det</translation>
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
            <translation>Henvis-en-ven-belønning</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Refunds</source>
            <translation>Tilbagebetaling</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Renews automatically</source>
            <translation>Fornyes automatisk</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Seatkeeper cannot change App Store purchases. Take these steps in the App Store, then record what you did with the buttons below.</source>
            <translation>Seatkeeper kan ikke ændre køb i App Store. Udfør disse trin i App Store, og registrér derefter, hvad du har gjort, med knapperne nedenfor.</translation>
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
            <translation>Websted</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Website (billed by the vendor)</source>
            <translation>Websted (faktureres af leverandøren)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>at most {device_limit} a seat</source>
            <translation>højst {device_limit} pr. licens</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>at most {device_limit} for the whole subscription</source>
            <translation>højst {device_limit} for hele abonnementet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>not known</source>
            <translation>ukendt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>not known — state what you know with “seatkeeper terms set”</source>
            <translation>ukendt — angiv det, du ved, med “seatkeeper terms set”</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>passed — the next period will be charged</source>
            <translation>overskredet — næste periode vil blive opkrævet</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>stated by you for {vendor}</source>
            <translation>angivet af dig for {vendor}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>the App Store (Apple support)</source>
            <translation>App Store (Apples support)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>the vendor</source>
            <translation>leverandøren</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{currency} — does not match the vendor's terms (see below)</source>
            <translation>{currency} — stemmer ikke med leverandørens vilkår (se nedenfor)</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{days} days</source>
            <translation>{days} dage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{hours} hours</source>
            <translation>{hours} timer</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{money_back_days}-day money-back guarantee; ask {refunds_via}</source>
            <translation>{money_back_days} dages pengene-tilbage-garanti; kontakt {refunds_via}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{plan_months} months</source>
            <translation>{plan_months} måneder</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{time_left} left</source>
            <translation>{time_left} tilbage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{vendor}'s published terms ({rules})</source>
            <translation>offentliggjorte vilkår fra {vendor} ({rules})</translation>
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
            <translation>Søg</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>Opening the roster…</source>
            <translation>Åbner licensregistret…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>more than {count}</source>
            <translation>flere end {count}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>{count} match “{filter}”</source>
            <translation>{count} matcher “{filter}”</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>&amp;Currency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>&amp;Devices a seat:</source>
            <translation>&amp;Enheder pr. licens:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>&amp;Notice period:</source>
            <translation>&amp;Opsigelsesvarsel:</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>&amp;Save terms</source>
            <translation>&amp;Gem vilkår</translation>
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
            <translation>Brug disse til de øvrige abonnementer og importer fra {vendor}</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>What you know of {vendor}'s terms for this subscription. Leave a value at “not known” when the vendor does not say.</source>
            <translation>Det, du ved om vilkårene fra {vendor} for dette abonnement. Lad en værdi stå på “ukendt”, når leverandøren ikke oplyser den.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>not known</source>
            <translation>ukendt</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>the vendor</source>
            <translation>leverandøren</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/terms_dialog.py" />
            <source>this vendor</source>
            <translation>denne leverandør</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source> It holds passwords and product keys: keep it safe.</source>
            <translation> Den indeholder adgangskoder og produktnøgler: opbevar den sikkert.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Eksportér…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importér…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export failed</source>
            <translation>Eksporten mislykkedes</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export secrets?</source>
            <translation>Vil du eksportere hemmeligheder?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export to</source>
            <translation>Eksportér til</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Exported to {path}.</source>
            <translation>Eksporteret til {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Exporting to {path}…</source>
            <translation>Eksporterer til {path}…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Review report saved to {path} ({pages} pages).</source>
            <translation>Gennemgangsrapporten er gemt i {path} ({pages} sider).</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Review report saved to {path}.</source>
            <translation>Gennemgangsrapporten er gemt i {path}.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>The file will hold every stored password and product key in plain text. Anyone who gets the file can sign in as your users.

Export the secrets to {path}?</source>
            <translation>Filen vil indeholde alle gemte adgangskoder og produktnøgler i klartekst. Alle, der får fat i filen, kan logge ind som dine brugere.

Vil du eksportere hemmelighederne til {path}?</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>The roster is open read-only for review; nothing can be imported into it.</source>
            <translation>Licensregistret er åbnet skrivebeskyttet til gennemgang; der kan ikke importeres noget i det.</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <location filename="../../src/seatkeeper/ui/i18n.py" />
            <source>no</source>
            <translation>nej</translation>
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
            <translation>&amp;Opdater</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>&amp;Import a file…</source>
            <translation>&amp;Importér en fil…</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>&lt;h2&gt;Your roster is empty&lt;/h2&gt;&lt;p&gt;Seatkeeper keeps your company's software subscriptions true and affordable: who holds which seat, which devices use it, what renews when, and what must be cancelled before which deadline. Everything works offline.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Dit licensregister er tomt&lt;/h2&gt;&lt;p&gt;Seatkeeper holder din virksomheds softwareabonnementer korrekte og til at betale: hvem der har hvilken licens, hvilke enheder der bruger den, hvad der fornyes hvornår, og hvad der skal opsiges inden hvilken frist. Alt virker offline.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>A small company with volume seats, app-store trials and devices. It lives in its own file; your roster stays untouched.</source>
            <translation>En lille virksomhed med volumenlicenser, prøveperioder i App Store og enheder. Den ligger i sin egen fil; dit licensregister forbliver urørt.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Add vendor accounts and subscriptions yourself.</source>
            <translation>Tilføj selv leverandørkonti og abonnementer.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>CSV or Excel exported from a vendor portal, or Snipe-IT's licence CSV.</source>
            <translation>CSV eller Excel eksporteret fra en leverandørportal eller en licens-CSV fra Snipe-IT.</translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Open the &amp;demo roster</source>
            <translation>Åbn &amp;demolicensregistret</translation>
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
