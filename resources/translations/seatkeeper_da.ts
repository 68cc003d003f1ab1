<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
    <context>
        <name>AuditScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>  Entity: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source> Action: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>1 event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Every action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Every entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Filter by words in what happened, who or the action (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Select an event to see the values before and after it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>When (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/audit_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/audit.py" />
            <source>{count} events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>&amp;Restore from backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Backups are kept for roster files only. A roster on a server is backed up on the server (pg_dump).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Replace the roster {label} with the copy from {m} UTC? Changes made since then are set aside in a new backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>Restoring {label}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>The roster is open read-only for review; it cannot be restored from here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/backup.py" />
            <source>The roster was restored from the copy of {m} UTC.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CredentialsDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Platform:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>C&amp;lose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copied. The clipboard is cleared in {seconds} s if it still holds it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Copy user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Credentials are unavailable: no secure keyring was found on this system, and Seatkeeper never keeps passwords anywhere else. Everything else works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>None stored for {currenttext} yet. Type the user name and password the vendor assigned, then Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Reading the keyring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>S&amp;how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Saved in the keyring for {currenttext}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Saving to the keyring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Setup — seat {licence_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Sign-in credentials the vendor assigned to seat {licence_id} ({holder}). They are kept in the system keyring, never in the roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>Stored in the keyring. Type over them and Save to replace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/credentials_dialog.py" />
            <source>unassigned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeadlineTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>App Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Auto-renew is off: access ends; nothing is charged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Auto-renew is on: this is charged unless cancelled in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Billed through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Cancel by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Due (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Renewal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Seat lapses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Trial ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Will charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>Will lapse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>in {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>in {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/deadline_table_model.py" />
            <source>within the hour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeadlinesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>&amp;Export calendar (ICS)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>&amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>1 deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>All deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>App Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Billed through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Days ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Export deadlines as a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Exported {count} to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Filter by subscription, vendor, seat or holder (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Kind of deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Save the deadlines shown as an iCalendar file; importing a newer file updates the events instead of adding more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Select a deadline to see what it costs and what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>To avoid the charge, cancel {where} before this time. The Licences screen shows the steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>iCalendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>in the App Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>on the vendor's website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deadlines.py" />
            <source>{count} deadlines</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>&amp;Decision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Decision for {what}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Nothing changes; the decision is recorded in the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Recorded for the report; give the seat to someone on the Licences screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Review decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>The note is {count} characters; at most {limit} are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>Why (optional, shown in the report)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>{n} seats</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>“Apply decisions” switches the seat's renewal off, so it is not paid for at the next billing period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/decision_dialog.py" />
            <source>“Apply decisions” takes the seat from its holder (their history is kept).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeliveriesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>&amp;Mark delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>&amp;Undo send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>1 delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Confirm that this delivery arrived (SD-4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Delivery {delivery_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Device or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Download link by e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Filter by subscription, device, e-mail or note (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>On the sending device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Only a pending delivery can change; this one is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Pending for more than 24 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Select a delivery to see where it went and what it needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Select a pending delivery first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Sent to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Take back this pending delivery (SD-6).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>The roster is open for read-only review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>To the device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Undo send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>Undo sending “{subscription}” to {target_text}? The delivery is marked undone and cannot be resumed; send again if it is needed later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/delivery_table_model.py" />
            <source>Undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/deliveries.py" />
            <source>{count} deliveries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeviceTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>App version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>OS version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Seat or subscription in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>The device is not connected to the vendor account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/device_table_model.py" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DevicesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>1 device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>App version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Connected to the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Deliveries (My devices)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Filter by device, platform, region or version (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Nothing was sent to this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>OS version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Seat or subscription in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Select a device to see what it uses and what was sent to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Vendor account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/devices.py" />
            <source>{count} devices</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>HTML files (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Include &amp;secrets (passwords and product keys) — the file will hold them in plain text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>No keyring is available, so there are no secrets to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Off unless you ask: you will be asked to confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Only a JSON export can include secrets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Report cancel-by deadlines &amp;within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Review report as &amp;HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Review report as &amp;PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Seats as &amp;CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>Seats as E&amp;xcel workbook (XLSX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>The whole roster as &amp;JSON (imports back into Seatkeeper)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/export_dialog.py" />
            <source>What to export:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>&amp;Open roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Open &amp;demo roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Open roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/file.py" />
            <source>Seatkeeper rosters (*.sqlite *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/forms.py" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>&amp;About Seatkeeper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>About Seatkeeper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/help.py" />
            <source>Seatkeeper {version} — keeps software subscriptions true and affordable.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source> — {n} problem(s) listed below.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&amp;Stop at the first bad row: import nothing unless every row is good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>(row)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Cancelled.&lt;/b&gt; Nothing was imported; the roster is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Imported the roster file.&lt;/b&gt; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; An unexpected problem stopped the import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>&lt;b&gt;{kind}&lt;/b&gt; · {count} columns · {how}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;{n} rows read:&lt;/b&gt; every one can be imported.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;b&gt;{total} rows read:&lt;/b&gt; {good_rows} can be imported, {bad_rows} cannot ({count} problems, listed below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;&lt;b&gt;Imported {imported} row(s).&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Subscriptions: {subscriptions_added} added, {subscriptions_updated} updated&lt;/li&gt;&lt;li&gt;Seats: {seats_added} added, {seats_updated} updated&lt;/li&gt;&lt;li&gt;People: {people_added} added&lt;/li&gt;&lt;li&gt;Devices: {devices_added} added, {devices_updated} updated&lt;/li&gt;&lt;/ul&gt;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) stored in the keyring.&lt;/p&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{n} product key(s) were not kept: no keyring is available.&lt;/p&gt;</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>&lt;p&gt;{rejected} rejected row(s) saved to {rejects_file}.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>A Seatkeeper roster file is imported whole or not at all; fix the problems above and choose the file again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>A Seatkeeper roster with {n} items</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>A dry run: every row was read and checked; nothing has been written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>A vendor portal's CSV or Excel export, Snipe-IT's licence CSV, or a Seatkeeper roster (JSON). Nothing is written until you have seen the preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>CSV roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Cancelling… the changes are being rolled back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Check the rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose a file to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose the column for “{missing}” (marked *) to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Choose the file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Choose where to save the rejected rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Detect from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Every row is good: all of them will be written in one step. This is the last step before the roster changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Excel workbook (XLSX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>F&amp;ormat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Guessed from the column names; check the ones marked “not imported”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>How to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/import_wizard.py" />
            <source>Import a roster file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Import the &amp;good rows and save the rejected rows to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Match the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>No row can be imported. Check the column matches (Back) or the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Path to a .csv, .xlsx or .json file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Reading the column names…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Roster files (*.csv *.xlsx *.xlsm *.ods *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Save the rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Save the rejected rows to a different file than the one imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Seatkeeper roster (JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Snipe-IT licence CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>The check stopped on an unexpected problem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>The file cannot be imported: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>The folder for the rejected rows does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>There is no file at that path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>This file cannot be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Using the mapping you chose last time for these columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>Which column of the file holds each field. Seatkeeper guessed from the column names; your choices are remembered for files with the same columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Why it cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>Writing the rows in one transaction… Cancel leaves the roster as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/import_run_pages.py" />
            <source>{n} row(s) cannot be imported. Choose what happens; either way, the rows are written in one step, and Cancel during the import leaves the roster as it was.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/import_pages.py" />
            <source>— not imported —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/language.py" />
            <source>&amp;Language…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/language.py" />
            <source>The new language is used from the next start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>&amp;Language of the window:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>As the system ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/language_dialog.py" />
            <source>Seatkeeper changes its language the next time it starts. Dates, numbers and amounts follow the language chosen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeadTimesDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source> day before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source> days before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>&amp;First reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>&amp;Second reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>Reminder lead times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/lead_times_dialog.py" />
            <source>Seatkeeper reminds you of each cancel-by, trial end, renewal and seat lapse this long before it, at launch and hourly while it runs. Reminders missed while it was closed come at the next launch.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LicenceTableModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Renewal date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Renews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/models/licence_table_model.py" />
            <source>{n} device(s) connected at once, of at most {limit}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>LicencesScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>1 seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Changes (audit log)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Connected devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Devices connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Filter by subscription, seat, holder or e-mail (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Never assigned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No change recorded for this seat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No device uses this seat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>No — lapses at the renewal date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>None stored for this seat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Owner (controls all seats)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Renewal date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Renews at next billing period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Seat {licence_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Select a seat to see its holder, history, devices and credentials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Sign-in credentials (in the keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Who held this seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{count} seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/licences.py" />
            <source>{plan_months} months, billed in {currency}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Credentials unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Keyring: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>No secure keyring on this system, so seat credentials cannot be stored or shown. Everything else works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>No secure keyring was found on this system: seat credentials are unavailable. Everything else works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Opening the roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Screens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Seatkeeper — {roster}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>Seatkeeper — {roster} (read-only review)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/main_window.py" />
            <source>{subscriptions} subscriptions · {seats} seats ({assigned} assigned) · {devices} devices · {pending} pending deliveries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;Seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>Open a roster first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>S&amp;end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>Se&amp;ttings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/registry.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/seatkeeper/domain/bullets.py" />
            <source>- {item}</source>
            <comment>list.bullet</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>--monthly-price cannot be negative ({text}).</source>
            <comment>cli.price_negative</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>--monthly-price “{text}” is not an amount; write it like 12.95.</source>
            <comment>cli.price_not_an_amount</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/transfer.py" />
            <source>--rejects is written by a real import, not a dry run.</source>
            <comment>cli.rejects_need_an_import</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/exports.py" />
            <source>A PDF needs the window's PDF writer, which is not loaded here; export the report as HTML instead.</source>
            <comment>transfer.no_pdf_writer</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>A download link for this subscription cannot be sent:
{reasons}</source>
            <comment>send.link_refused</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A new plan can be started only when every seat has been cancelled; {active} seat(s) are still active.</source>
            <comment>volume.seats_still_active</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>A plan lasts at least one month.</source>
            <comment>app_store.plan_too_short</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>A reminder cannot come after its deadline.</source>
            <comment>deadlines.reminder_after_deadline</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A seat holder needs a name.</source>
            <comment>volume.holder_needs_name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>A trial or in-app purchase cannot start yet:
{problems}</source>
            <comment>app_store.trial_cannot_start</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume licence can be requested only for an existing vendor account; create or buy the account first.</source>
            <comment>volume.account_needed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume purchase that is {current} cannot become {wanted}: it goes requested -&gt; approved -&gt; completed, and only an approved request can be completed.</source>
            <comment>volume.order_step</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>A volume subscription cannot be downgraded to a regular subscription.</source>
            <comment>volume.no_downgrade</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>All seats of a volume subscription renew together on {renewal}; seats that should renew on {seat} need a separate volume subscription.</source>
            <comment>volume.one_renewal_date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>An App Store subscription is billed in the local currency of the store; enter that currency (e.g. NOK).</source>
            <comment>app_store.local_currency_needed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>Another delivery to this device is still pending.</source>
            <comment>send.delivery_pending</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>At most {limit} devices can be connected on one seat at once (virtual machines count); disconnect one first.</source>
            <comment>volume.too_many_connected</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>Cannot combine {one} and {other} amounts.</source>
            <comment>money.mixed_currencies</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>Choose the card brand from the list: {brands}.</source>
            <comment>cards.unknown_brand</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>Enter exactly the last four digits of the card (four digits, 0-9).</source>
            <comment>cards.not_last_four</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It expires on {expires}, sooner than the subscription the device uses now (until {current}).</source>
            <comment>send.expires_sooner</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It has no free slot left (devices or users) under its limit.</source>
            <comment>send.no_free_slot</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a per-user service: it activates itself when the user connects to the account, so it is not sent.</source>
            <comment>send.per_user_service</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a small-office business subscription: only its subscription administrator can send it, from its management console.</source>
            <comment>send.admin_console_only</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is a {kind} subscription; trial and free subscriptions cannot be sent.</source>
            <comment>send.trial_or_free</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It is limited (in time or number of devices), and the device uses an auto-renewing subscription.</source>
            <comment>send.limited_while_autorenew_in_use</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It needs app version {required} or later; the device has {installed}.</source>
            <comment>send.app_version_too_old</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>It renews automatically, and the device uses an active subscription limited in time or number of devices.</source>
            <comment>send.autorenew_while_limited_in_use</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>Its activation code is {state}.</source>
            <comment>send.activation_code_invalid</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>Its minimum app version “{required}” cannot be read, so it cannot be shown to be compatible with the device.</source>
            <comment>send.min_version_unreadable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/send.py" />
            <source>No SMTP server is configured. Set one with `seatkeeper smtp set` or in Settings, or send the link from your mail client.</source>
            <comment>cli.smtp_not_configured</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Only a pending delivery can be marked delivered; this one is already {status}.</source>
            <comment>delivery.only_pending_delivered</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>Only a pending delivery can be undone; this one is already {status}.</source>
            <comment>delivery.only_pending_undone</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Only the subscription's owner ({owner}) can change its seats; {actor} is not the owner.</source>
            <comment>volume.owner_only</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Seatkeeper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Seatkeeper hit an unexpected problem and did not finish what it was doing. Nothing already saved was lost.

Details are in the log: {log_file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Seats are charged for the months left until the renewal on {renewal}, and none are left on {on}; renew first, then add seats.</source>
            <comment>volume.no_months_left</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/messages.py" />
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/cards.py" />
            <source>That looks like a whole card number. Seatkeeper keeps only the last four digits of a card; enter just those four.</source>
            <comment>cards.whole_number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The App Store account has no active payment method; add one first.</source>
            <comment>app_store.no_payment_method</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>The App Store bills this subscription every 12 months; a {months}-month plan is not available there.</source>
            <comment>app_store.store_bills_yearly</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The amount due cannot be negative ({amount}).</source>
            <comment>volume.amount_due_negative</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The amount paid cannot be negative ({amount}).</source>
            <comment>volume.amount_paid_negative</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The app is version {version}; version 7.3.7 or later is needed.</source>
            <comment>app_store.app_too_old</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The credit cannot be negative ({amount}).</source>
            <comment>volume.credit_negative</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The credit is in {credit} but the amount due is in {due}; convert it first.</source>
            <comment>volume.credit_currency</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The device is not connected to the account.</source>
            <comment>send.device_not_connected</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The device runs iOS {version}; iOS 12 or later is needed.</source>
            <comment>app_store.ios_too_old</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The device's app version “{installed}” cannot be read, so it cannot be shown to be compatible (it needs {required} or later).</source>
            <comment>send.device_version_unreadable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of connected devices cannot be negative ({count}).</source>
            <comment>volume.connected_negative</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/deadlines.py" />
            <source>The number of days ahead cannot be negative.</source>
            <comment>deadlines.days_negative</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the billing cycle must be at least 1 (got {value}).</source>
            <comment>volume.cycle_months_at_least_one</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the current plan must be at least 1 (got {value}).</source>
            <comment>volume.current_plan_months_at_least_one</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of months in the new plan must be at least 1 (got {value}).</source>
            <comment>volume.new_plan_months_at_least_one</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of seats must be at least 1 (got {value}).</source>
            <comment>volume.seats_at_least_one</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The number of seats to add must be at least 1 (got {value}).</source>
            <comment>volume.added_seats_at_least_one</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The period must end after it starts ({start} to {end}).</source>
            <comment>volume.period_backwards</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The product is not released in the device's region ({region}).</source>
            <comment>send.region_unavailable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>The product is released only in some regions, and the device's region is not known.</source>
            <comment>send.region_unknown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/exports.py" />
            <source>The report cannot be written to {path}: {reason}.</source>
            <comment>transfer.report_unwritable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>The service is not offered in the App Store country {country}; switch the App Store account to a country where it is offered and use a payment method from that country.</source>
            <comment>app_store.country_not_offered</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The term of a volume subscription cannot be shortened (from {current} to {new} months).</source>
            <comment>volume.no_shorter_term</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>The unit monthly price cannot be negative ({amount}).</source>
            <comment>volume.unit_monthly_price_negative</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/instants.py" />
            <source>The {field} has no time zone, so the moment it names is unknown.</source>
            <comment>instants.no_time_zone</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/instants.py" />
            <source>The {field} must be a date with a time of day.</source>
            <comment>instants.no_time_of_day</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/eligibility.py" />
            <source>This subscription cannot be sent to the device:
{reasons}</source>
            <comment>send.refused</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription is already billed directly by the vendor.</source>
            <comment>app_store.already_direct</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought on the vendor's website, so its plan length can be changed only there: do it on the vendor's website, signed in to the vendor account.</source>
            <comment>app_store.plan_change_on_website</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought on the vendor's website, so its subscription can be cancelled only there: do it on the vendor's website, signed in to the vendor account.</source>
            <comment>app_store.cancel_on_website</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought through the App Store, so its plan length can be changed only there: do it in the App Store, signed in to the App Store account it was bought with.</source>
            <comment>app_store.plan_change_in_store</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store.py" />
            <source>This subscription was bought through the App Store, so its subscription can be cancelled only there: do it in the App Store, signed in to the App Store account it was bought with.</source>
            <comment>app_store.cancel_in_store</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Volume licences can be paid by credit card only; PayPal, Bitcoin and Paymentwall are not accepted.</source>
            <comment>volume.card_only</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>Volume licences start at {minimum} seats; for up to 4 extra users add accounts instead (you asked for {seats}).</source>
            <comment>volume.too_few_seats</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>With --db, name the subscription: --subscription ID.</source>
            <comment>cli.name_the_subscription</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>Without --db, give the terms: {missing}.</source>
            <comment>cli.give_the_terms</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/bullets.py" />
            <source>{first}
{rest}</source>
            <comment>list.lines</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/quote.py" />
            <source>{option} “{text}” is not a date; write it as YYYY-MM-DD.</source>
            <comment>cli.not_a_date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/__init__.py" />
            <source>{problem}</source>
            <comment>cli.bad_usage</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/delivery.py" />
            <source>“{address}” is not an e-mail address (e.g. anna@example.com).</source>
            <comment>delivery.not_an_address</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>“{code}” is not a country code (two letters, e.g. NO).</source>
            <comment>app_store.not_a_country</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>“{code}” is not a currency code (three letters, e.g. USD).</source>
            <comment>money.not_a_currency</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/volume.py" />
            <source>“{email}” is not a usable e-mail address: {reason}</source>
            <comment>volume.not_an_email</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/exports.py" />
            <source>“{fmt}” is not an export format (csv, xlsx, json, html, ics or pdf).</source>
            <comment>transfer.export_format_unknown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/services/transfer/imports.py" />
            <source>“{fmt}” is not an import format (csv, xlsx, snipeit or json).</source>
            <comment>transfer.import_format_unknown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/app_store_prerequisites.py" />
            <source>“{text}” is not a version number (e.g. 7.3.7).</source>
            <comment>app_store.not_a_version</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/cli/deadlines.py" />
            <source>“{text}” is not an ISO 8601 date and time.</source>
            <comment>cli.not_an_instant</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/domain/money.py" />
            <source>“{text}” is not an amount of money.</source>
            <comment>money.not_an_amount</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>&amp;Billing cycle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>&amp;Last four digits:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>&amp;Seats:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>Card &amp;brand:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>Every seat of “{title}” is cancelled, so a new plan can start: new seats, a new billing cycle from today, paid by credit card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>S&amp;tart plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/new_plan_dialog.py" />
            <source>Start a new plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurchaseWizard</name>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>&amp;Account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>&amp;Add seats to a volume subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>&amp;Billing cycle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Bitcoin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Credit card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Last four digits:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>&amp;Name in the roster:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>&amp;New volume subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>&amp;Record the request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>4 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A request was recorded for this account. To buy for another account, cancel the wizard and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A volume purchase goes requested → approved → completed. Record the request, then mark it approved when the vendor says so.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>A&amp;pproved by the vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Account: {vendor} (owner {owner_email})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>All amounts in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Amount due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Any number of seats can be added at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Approved. Next: choose the seats and the billing cycle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Billing cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Card &amp;brand:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Charged for the whole months left; the renewal date stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Check the calculation. Finish completes the purchase and adds the seats to the roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Choose the brand…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Credit from the current subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/common.py" />
            <source>Enter the monthly price of one seat, e.g. 8.32.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Five seats or more for one vendor account, paid by credit card. The vendor approves the request first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>How many seats, how long each billing cycle is, and what one seat costs per month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Loading the vendor accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Loading the volume subscriptions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Marking the request approved…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Monthly &amp;price per seat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Monthly price per seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Months left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next is disabled until the vendor has approved the request: only an approved request can be completed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next is disabled: record the purchase request first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Next: record the purchase request for this account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>No request recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Number of &amp;seats:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Number of seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Paid by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Pay&amp;Pal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Payment method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Payment&amp;wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Purchase not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Purchase saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Purchase seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Recording the request…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Renewal date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request #{order_id} is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request #{order_id} recorded — waiting for the vendor's approval.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Request and approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Review and finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Saving the purchase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Seatkeeper keeps only the card brand and its last four digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats added to “{choice}” renew with it on {renewal_date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Seats and billing cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Seats join a running volume subscription, are charged for the months left, and renew with it on the same date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats to &amp;add:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Seats to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>The current individual subscription keeps running; its unused credit is taken off this first invoice. All amounts in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>The roster has no vendor account. A volume licence can be requested only for an existing vendor account; add or buy the account first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>The roster has no volume subscription yet; choose “New volume subscription” instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Vendor account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Volume licence ({seats} seats)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Volume subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>Volume subscription bought: {count} seats ({licence_ids} to {licence_ids2}), {amount_due} due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Volume subscriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>What would you like to buy?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>Which vendor account is the volume licence for? Its owner controls every seat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Which volume subscription gets the new seats?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>Working out the amount due…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>Working out the price…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>e.g. 8.32</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>the card on file for this subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{card_brand} ending {card_last4}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{choice} — {vendor} · {seats} seats · renews {renewal_date} · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/purchase_wizard.py" />
            <source>{count} seats added ({licence_ids} to {licence_ids2}) for {total}; renewal date unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{credit_available} available, {credit_used} used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{currenttext} ending {last4}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{months} (until the renewal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{months} months, renews on {renews}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{renewal_date} (unchanged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{seats} seats for {months} months: {total}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/add_seats_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {months} months = {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/payment_review_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {plan_months} months = {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/new_volume_pages.py" />
            <source>{seats} seats × {unit_monthly_price} × {plan_months} months = {price}. Credit and the amount due are on the review page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/common.py" />
            <source>“{value}” is not a price; type digits with a decimal point, e.g. 8.32.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>&amp;Reminder lead times…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Deadline coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Deadline passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Missed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>Reminder not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Reminder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Show fewer reminders</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Show {n} more reminder(s)…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/reminder_strip.py" />
            <source>Snooze 1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/reminders.py" />
            <source>This roster is open for read-only review, so settings cannot be changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Choose the copy of {roster} to put back. The roster as it is now is copied first, so this can be undone the same way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>There are no backups of this roster yet. One is taken once a day when Seatkeeper starts, and before every upgrade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/restore_dialog.py" />
            <source>{m} UTC — {reason_text} — {size}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source> (applied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Do not renew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Reassign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Reclaim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/models/review_model.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Apply decisions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Apply to {total} seat(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Decide…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Sign off…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&amp;Undo last apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>1 finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;b&gt;Next renewal:&lt;/b&gt; {before} before decisions → &lt;b&gt;{after}&lt;/b&gt; after · {decided} decision(s) recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;&lt;b&gt;{reclaimed}&lt;/b&gt; seat(s) will be reclaimed from their holders.&lt;br&gt;&lt;b&gt;{not_renewed}&lt;/b&gt; seat(s) will stop renewing.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;Keep and reassign decisions change nothing here. You can undo this with “Undo last apply”.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;Nothing to apply: record Reclaim or Do not renew decisions first.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>&lt;p&gt;{count} decision(s) cannot be applied and will be left as they are:&lt;/p&gt;&lt;ul&gt;{refused}&lt;/ul&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>All findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>All findings ({values})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Applied: {reclaimed} seat(s) reclaimed, {not_renewed} set not to renew.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Apply review decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Cancel-by deadlines within this many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Filter findings by subscription, seat or detail (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Kind of finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>None yet — press Decide…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Nothing to undo: no decisions were applied in this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Reclaim and stop renewal of the decided seats, after a confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Record who reviewed the roster, and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Review signed off by {reviewer} on {signed_on}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Reviewer's name (signed today):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Reviewing the roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Select a finding about a seat; subscription findings have no seat decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Select a finding to see it and its seat's decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Sign off the review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>The roster is open read-only for review; decisions cannot be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>Undone: {seats} seat(s) are as they were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>deadlines within </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>{count} findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>{kind} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>{listed} of {total} findings listed (at most {listed_per_kind} of each kind)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/review.py" />
            <source>— (about the whole subscription)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RosterLock</name>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>Seatkeeper cannot create the lock file next to {roster}. Check that you may write in its folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>The roster {roster} is already open in another Seatkeeper window ({who}). Close it there first: two windows on one roster file could undo each other's work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/roster_lock.py" />
            <source>process {pid} on {host}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Screens</name>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Deliveries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/screens/specs.py" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SeatActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Assign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Cancel subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Cancel subscription…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Don't renew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Purchase seats…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Renew at next billing period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Setup (credentials)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>&amp;Unassign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>A new plan can be started only when every seat has been cancelled; {seats_active} seat(s) are still active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancel subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancel “{subscription}”? Its {seats_active} active seats stay usable until {until}; then nothing renews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Cancelled, active until {until}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>De&amp;vices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Don't renew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>New plan started: {count} new seats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Re&amp;assign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Renew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select a seat of an active subscription.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select a seat of the subscription.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one assigned seat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one or more seats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Select one seat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Setup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Start &amp;new plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Take seat {licence_id} from {holder}? The seat's history keeps them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>The roster is open for read-only review; nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>Unassign seat</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) renew at the next billing period.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/actions/seats.py" />
            <source>{n} seat(s) will not renew; they lapse at the renewal date.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SeatDialogs</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>&amp;Reassign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Assign seat {seat}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>C&amp;lose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Devices on seat {licence_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Enter the e-mail address too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Keep as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Now held by {holder} &lt;{email}&gt;. The seat's history keeps them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Reassign seat {seat}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Seat changed meanwhile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Type the holder's name and e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Who gets seat {licence_id}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>Will be saved as {person} &lt;{email}&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>connected to this seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>uses seat {seat_licence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/seat_dialogs.py" />
            <source>{devices_connected} of at most {device_limit} devices connected at once (virtual machines count).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>&amp;Copy one-time connection code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>A code the selected device uses to connect itself (SD-3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>A one-time code for “{value}” is on the clipboard. Enter it in the app on that device to connect it to the account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Copy one-time connection code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Select a device first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Send &amp;subscription…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>Send a subscription by e-mail or to devices (Ctrl+Shift+M).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>The roster is open for read-only review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/send.py" />
            <source>the one-time connection code for “{value}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendWizard</name>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&amp;Platform:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&amp;Recipient:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>&amp;Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&amp;Subscription:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&lt;b&gt;{candidate}&lt;/b&gt; can receive this subscription.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>&lt;b&gt;{candidate}&lt;/b&gt; cannot receive this subscription:&lt;br&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>&lt;b&gt;{value}&lt;/b&gt; goes to these devices:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>A download link for &lt;b&gt;{value}&lt;/b&gt; (the app for {chosen_platform}) goes by e-mail to &lt;b&gt;{address}&lt;/b&gt;, {route}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>A download link for this subscription cannot be sent:&lt;br&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Can receive this subscription.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Check before sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Checking the subscription…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Checking whether a link for this subscription may be sent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Choose the subscription to send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>For a new device: the recipient installs the app from the link. The message holds no password or activation code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Handed to your mail client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>How should it be sent?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>It goes out through your mail server {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>It is recorded as delivered. Installing the app and receiving the subscription on the new device can take up to 24 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Loading the account's devices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Loading the subscriptions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Mark it delivered on the Deliveries screen once it is sent, or undo it if you did not send it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>No SMTP server is set up (Settings → E-mail (SMTP)…), so your mail client opens with the message filled in; the delivery stays pending until you mark it delivered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>No device of the account can receive this subscription; select a device to see why, or go Back and send a download link instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Nothing was recorded. Close the wizard, fix the cause and send again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Press Send to send it now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send a download link by e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send download link by &amp;e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Send subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send to connected &amp;devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Send to connected devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sending failed unexpectedly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>The download link was accepted by your mail server for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>The mail client could not be opened. Set up an SMTP server in Settings → E-mail (SMTP)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>The roster holds no subscription to send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>The subscription's account has no devices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Tick at least one device to send to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Tick the devices to send to. Greyed devices cannot receive this subscription; select one to see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>To start using it on devices already connected to the account, or to replace the subscription they use now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Type the recipient's e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>Which subscription?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>Your mail client opened with the message filled in. Send it from there. It is recorded as pending for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>e.g. anna@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>from your mail client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>through {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>{value} — cannot receive: {codes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/wizards/send_pages.py" />
            <source>{vendor} · {kind} · renews {renewal_date} · {assigned} of {seats} seats assigned</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/seatkeeper/ui/wizards/send_wizard.py" />
            <source>“{subscription}” was sent to {n} device(s):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/settings.py" />
            <source>&amp;E-mail (SMTP)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/settings.py" />
            <source>The roster is open for read-only review.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SmtpDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;From address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;Host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;Security:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>&amp;User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>E-mail (SMTP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>No secure keyring was found, so the SMTP password cannot be stored. Links go through your mail client instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>No server is set up yet: links open in your mail client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>None — trusted local relay only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>STARTTLS (usually port 587)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saved. The server accepted the test message to {to}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saves these settings, then sends a short message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Send &amp;test message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Sending a test message to {to}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Settings saved, but the test message failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>TLS from the start (usually port 465)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Test &amp;recipient:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>The roster is open for read-only review; the settings cannot change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Type the address the test message goes to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>Without encryption the password crosses the network in clear text. Use STARTTLS or TLS unless this is a relay on a network you trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>empty for a relay without login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>stored in the keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>stored in the keyring — leave empty to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/smtp_dialog.py" />
            <source>your own address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Cannot open the roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>No roster is open. Use File → Open roster… or File → Open demo roster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Opening the roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/startup.py" />
            <source>Opening {roster}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubscriptionPanel</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Cancel to period end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Cancel to period end…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;New plan length:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>&amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancel subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancel {terms}? It will not renew, and stays usable until the end of the current period ({period_ends_at}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Cancelled; usable until the end of the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change &amp;plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change plan &amp;length…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Change plan length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>I &amp;cancelled it in the App Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>I res&amp;umed it in the App Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Mark payment &amp;failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Mark payment &amp;resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Now {plan_months} months. The new length starts when the current period ends ({period_ends_at}); until then nothing changes. Choosing {plan_months} again withdraws a waiting change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Payment marked as failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Payment marked as resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Plan length changed from the end of the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record what you did in the App Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record: payment &amp;failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Record: payment &amp;resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Recorded as cancelled in the App Store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Recorded as resumed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Res&amp;ume…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resume subscription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resume {terms}? The new period starts {starts}, with the same sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>Resumed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_panel.py" />
            <source>This roster is open for read-only review, so nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubscriptionTerms</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source> → {pending_plan_months} months from {m}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>App Store (billed by the App Store)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Billed through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Cancel by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Cancel in the App Store at least 24 hours before the end, or the next period is charged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Devices at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>If resumed now, the new period starts {starts_at}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Moving to direct billing by the vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No cancel-by deadline: it will not be charged again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>No money-back guarantee; ask {refunds_via} (at its discretion)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Payment failed — how to fix it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Period ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Refer-a-friend reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Refunds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Renews automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Seatkeeper cannot change App Store purchases. Take these steps in the App Store, then record what you did with the buttons below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Subscription: {terms}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Trial ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Website (billed by the vendor)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>at most {device_limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>passed — the next period will be charged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{money_back_days}-day money-back guarantee; ask {refunds_via}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{plan_months} months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/subscription_terms_html.py" />
            <source>{time_left} left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableScreen</name>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>Opening the roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>more than {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/widgets/table_screen.py" />
            <source>{count} match “{filter}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source> It holds passwords and product keys: keep it safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export secrets?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Export to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Exported to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Exporting to {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Review report saved to {path} ({pages} pages).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>Review report saved to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>The file will hold every stored password and product key in plain text. Anyone who gets the file can sign in as your users.

Export the secrets to {path}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/transfer.py" />
            <source>The roster is open read-only for review; nothing can be imported into it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <location filename="../../src/seatkeeper/ui/i18n.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/i18n.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ViewActions</name>
        <message>
            <location filename="../../src/seatkeeper/ui/actions/view.py" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>&amp;Import a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>&lt;h2&gt;Your roster is empty&lt;/h2&gt;&lt;p&gt;Seatkeeper keeps your company's software subscriptions true and affordable: who holds which seat, which devices use it, what renews when, and what must be cancelled before which deadline. Everything works offline.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>A small company with volume seats, app-store trials and devices. It lives in its own file; your roster stays untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Add vendor accounts and subscriptions yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>CSV or Excel exported from a vendor portal, or Snipe-IT's licence CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Open the &amp;demo roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Start &amp;empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/seatkeeper/ui/dialogs/welcome_dialog.py" />
            <source>Welcome to Seatkeeper</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
