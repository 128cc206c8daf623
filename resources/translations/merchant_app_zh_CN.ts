<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnyDateEdit</name>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="325"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="58"/>
        <source>demo shop: passwords kept in memory, not in an OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="62"/>
        <source>test keyring in memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="138"/>
        <source>No keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="140"/>
        <source>The shop cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="161"/>
        <source>One moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="162"/>
        <source>The shop&apos;s database is still being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="194"/>
        <source>Creating the shop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="215"/>
        <source>Role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="222"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="223"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="224"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="332"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="336"/>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="337"/>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="338"/>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="340"/>
        <source>Requested at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="343"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="516"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="517"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="518"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="519"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="523"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="526"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="527"/>
        <source>&amp;Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="529"/>
        <source>Approve at this &amp;desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="532"/>
        <source>A manager approves your request here by typing their own login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="534"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="548"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="657"/>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="659"/>
        <source>{kind}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="660"/>
        <source>Requested by {login} at {time}. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="668"/>
        <source>{status} by {login} at {time}. Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="678"/>
        <source>Waiting for approval. A manager can approve now at this desk with “Approve at this desk…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="726"/>
        <source>Approved and applied: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="728"/>
        <source>Refused: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="747"/>
        <source>{login} approved: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="278"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="279"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="280"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="281"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="282"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="283"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="284"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="285"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="286"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="67"/>
        <source>Shop created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="68"/>
        <source>Desk registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="69"/>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="70"/>
        <source>User reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="71"/>
        <source>User deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="72"/>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="73"/>
        <source>Role of user changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="74"/>
        <source>Role saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="75"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="76"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="77"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="78"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="79"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="80"/>
        <source>Password confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="81"/>
        <source>Password confirmation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="84"/>
        <source>Password confirmation refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="87"/>
        <source>Approver signed in on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="90"/>
        <source>Approver sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="93"/>
        <source>Approver sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="96"/>
        <source>Enrolment code issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="97"/>
        <source>Enrolled on a desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="98"/>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="99"/>
        <source>Request approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="100"/>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="101"/>
        <source>Audit trail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="102"/>
        <source>Audit trail exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="123"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="125"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="391"/>
        <source>Action, target or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="394"/>
        <source>Any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="398"/>
        <source>Entries on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="399"/>
        <source>Entries on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="404"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="406"/>
        <source>Check that no entry was changed or deleted since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="408"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="409"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="411"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="412"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="427"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="438"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="439"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="440"/>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="441"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="563"/>
        <source>Showing the newest %n entries; scroll down for older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="565"/>
        <source>Entries: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="579"/>
        <source>Intact: %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="586"/>
        <source>Broken at entry {seq}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="598"/>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="598"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="616"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="617"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="623"/>
        <source>The audit trail was exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="252"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="253"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="254"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="255"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="256"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="257"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="258"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="261"/>
        <source>Position in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="268"/>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="95"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="97"/>
        <source>At least 8 characters, not only digits, and not your login. The new password is for this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="105"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="106"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="107"/>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="111"/>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="274"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="276"/>
        <source>{name} ({login}) has the role “{role}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="285"/>
        <source>Why the change is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="287"/>
        <source>New &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="288"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="291"/>
        <source>If you may not approve role changes yourself, the change waits for someone who may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="298"/>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="24"/>
        <source>Order entry by scan and search, the review flow from customer service to the warehouse, payments and the order list will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="32"/>
        <source>Products and categories, stock per location, receiving, transfers, stock counts, replenishment and imports will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="40"/>
        <source>Members with their points, tiers, coupons and service tickets will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="47"/>
        <source>Shipping and product labels, packing slips and pick lists, with preview and printing, will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="55"/>
        <source>The dashboard and the daily, weekly and monthly reports will be here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../merchant_app/gui/errors.py" line="61"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/errors.py" line="64"/>
        <source>The app hit an unexpected problem. Nothing half-done was saved. Please send the details below to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/errors.py" line="68"/>
        <source>They are also in the log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="370"/>
        <source>Approve request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="370"/>
        <source>Refuse request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="378"/>
        <source>Optional: why you approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="380"/>
        <source>Tell the requester why (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="382"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="390"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="390"/>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="63"/>
        <source>Enrol on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="65"/>
        <source>Your Owner gave you an enrolment code for this desk. Enter it with your login and choose the password you will use here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="75"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="76"/>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="77"/>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="78"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="82"/>
        <source>Enter your login and the enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="85"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="399"/>
        <source>Enrolment code for {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="407"/>
        <source>An enrolment code lets {name} ({login}) set their password on another desk. It works once and only until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="420"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="440"/>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="445"/>
        <source>C&amp;opy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="455"/>
        <source>&amp;Issue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="468"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="469"/>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="470"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="471"/>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="472"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="494"/>
        <source>For {login}, valid until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="500"/>
        <source>On the other desk choose “Enrol on this desk” and enter this code. {name} then chooses a password there. The code works once; it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="516"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../merchant_app/cli.py" line="73"/>
        <location filename="../../merchant_app/services/shop.py" line="104"/>
        <source>This database already has a shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="80"/>
        <source>Unknown language “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="84"/>
        <source>Unknown theme “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="88"/>
        <source>The idle lock time must be between 1 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="102"/>
        <source>The settings file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="61"/>
        <source>The database is busy with another desk&apos;s work. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="65"/>
        <source>The database is read-only, so nothing can be saved. Check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="69"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="73"/>
        <source>The database cannot be reached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/errors.py" line="26"/>
        <source>The action could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/errors.py" line="46"/>
        <source>You do not have the permission “{permission}” needed for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/errors.py" line="85"/>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="39"/>
        <source>No OS keyring is available, and this app keeps staff passwords only there. Install and start a Secret Service provider (for example the gnome-keyring or KeePassXC package) in your desktop session, make sure a D-Bus session is running, then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="46"/>
        <source>The OS keyring (Windows Credential Manager or macOS Keychain) cannot be used. Sign in to your computer account normally (not as a guest) and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="106"/>
        <source>The OS keyring could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="115"/>
        <location filename="../../merchant_app/security/keystore.py" line="128"/>
        <source>The OS keyring could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="26"/>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="30"/>
        <source>The password cannot be only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="33"/>
        <source>The password cannot be the same as the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="78"/>
        <source>Unknown kind of approval “{kind}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="160"/>
        <location filename="../../merchant_app/services/approvals.py" line="193"/>
        <source>This request has already been decided by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="183"/>
        <source>That request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="188"/>
        <source>You cannot approve or refuse your own request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="136"/>
        <source>Entry {seq} is missing (deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="143"/>
        <source>Entry {seq} does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="162"/>
        <source>Entry {seq} was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="175"/>
        <source>Entries from {seq} on are missing (deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="34"/>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="90"/>
        <location filename="../../merchant_app/services/permissions.py" line="156"/>
        <source>This account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="95"/>
        <source>This account is locked after too many failed attempts. Ask the Owner to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="104"/>
        <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="112"/>
        <source>{login} has no password on this desk yet. Ask the Owner for an enrolment code and choose “Enrol on this desk”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="123"/>
        <source>Wrong password. The account is now locked; ask the Owner to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="184"/>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="202"/>
        <location filename="../../merchant_app/services/staff.py" line="155"/>
        <source>That user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="224"/>
        <source>An enrolment code is valid for 1 hour to 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="232"/>
        <source>That user is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="255"/>
        <source>The enrolment code is wrong, already used or expired for this login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="57"/>
        <source>The login “{login}” is not valid: use 2 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="71"/>
        <source>The shop name must have 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="75"/>
        <source>Unknown currency “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="78"/>
        <source>Unknown locale “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="99"/>
        <source>Please enter the Owner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="173"/>
        <source>This database has no shop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="198"/>
        <source>No free desk code could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="219"/>
        <source>This desk is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="97"/>
        <source>That role no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="105"/>
        <source>You cannot give the role “{role}”: it has permissions you do not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="126"/>
        <source>The name must have 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="135"/>
        <source>The login “{login}” is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="177"/>
        <source>You cannot deactivate yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="180"/>
        <source>The last active Owner cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="206"/>
        <source>You cannot change your own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="209"/>
        <source>{login} already has the role “{role}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="224"/>
        <source>The last active Owner must keep the Owner role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="252"/>
        <source>Unknown permission “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="257"/>
        <source>The role name must have 1 to 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="264"/>
        <source>A role named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="275"/>
        <source>A built-in role cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="279"/>
        <source>The Owner role must keep user and role management.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="120"/>
        <source>Set up your shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="61"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="62"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="71"/>
        <source>&amp;Enrol on this desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="73"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="87"/>
        <location filename="../../merchant_app/gui/login.py" line="93"/>
        <source>Opening the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="122"/>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="126"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="132"/>
        <source>Opening the shop… you will be signed in shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="138"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="182"/>
        <source>Sign in — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="186"/>
        <source>Sign in to start work at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="129"/>
        <source>&amp;Lock desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="132"/>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="135"/>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="144"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="146"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="199"/>
        <source>{name} ({role}) · desk {desk} · {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="228"/>
        <source>This desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="231"/>
        <source>{name} was signed in. Sign in to continue; anyone else who signs in takes over the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="276"/>
        <source>Scanned {code}; this screen does not take scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="296"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="303"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="304"/>
        <source>{app} {version}
Qt {qt}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="185"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="188"/>
        <source>e.g. clara or wang.li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="192"/>
        <source>Choose a role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="197"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="202"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="203"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="204"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="205"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="206"/>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="210"/>
        <source>The password works on this desk. For another desk, issue an enrolment code afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="217"/>
        <source>Create &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="166"/>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="167"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnTheSpotApprovalDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="426"/>
        <source>Approve at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="430"/>
        <source>Someone who may approve this request can do it here with their own login and password. The person signed in on this desk stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="438"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="445"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="447"/>
        <source>Approver &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="448"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="449"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="459"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="67"/>
        <source>The Owner&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="70"/>
        <source>The Owner can do everything, including adding staff. The password is kept in this computer&apos;s keyring, never in the shop&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="78"/>
        <source>for example: anna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="81"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="82"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="83"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="84"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="96"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="19"/>
        <source>Enter orders and take payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="20"/>
        <source>Review orders (customer service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="21"/>
        <source>Modify orders before warehouse approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="22"/>
        <source>Cancel orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="23"/>
        <source>Approve order changes after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="24"/>
        <source>Approve orders for the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="25"/>
        <source>Pick, pack, label and ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="26"/>
        <source>Receive goods and transfer stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="27"/>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="28"/>
        <source>Approve stock adjustments above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="31"/>
        <source>Count stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="32"/>
        <source>Approve and apply stock counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="33"/>
        <source>Edit products and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="34"/>
        <source>Approve delisting products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="35"/>
        <source>Change prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="36"/>
        <source>Approve price changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="37"/>
        <source>Look up members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="38"/>
        <source>Register and edit members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="39"/>
        <source>See members&apos; personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="40"/>
        <source>Export and erase member data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="41"/>
        <source>Take payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="42"/>
        <source>Issue refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="43"/>
        <source>Approve refunds above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="44"/>
        <source>End-of-day settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="45"/>
        <source>Handle after-sales and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="46"/>
        <source>Print labels and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="47"/>
        <source>See reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="48"/>
        <source>See cost and margin figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="49"/>
        <source>Make and restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="50"/>
        <source>Create users, reset passwords, unlock, issue enrolment codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="53"/>
        <source>Edit roles and approve role changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="54"/>
        <source>See, verify and export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="55"/>
        <source>Change shop settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="340"/>
        <source>Reset password on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="343"/>
        <source>Choose a new password for {name} ({login}). It is stored in this desk&apos;s keyring only; on other desks they keep their password or enrol with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="353"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="357"/>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="358"/>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="360"/>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="218"/>
        <source>&amp;New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="221"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="223"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="225"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="231"/>
        <source>R&amp;oles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="250"/>
        <source>What people with this role do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="254"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="257"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="265"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="265"/>
        <source>Technical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="274"/>
        <source>&amp;Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="280"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="90"/>
        <location filename="../../merchant_app/gui/screens/roles.py" line="300"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="76"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="77"/>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="78"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="79"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="80"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="81"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="82"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="83"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="84"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="85"/>
        <source>After-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="86"/>
        <source>Labels and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="87"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="88"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="89"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="91"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="92"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="94"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="463"/>
        <location filename="../../merchant_app/gui/screens/roles.py" line="507"/>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="472"/>
        <source>A built-in role keeps its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="482"/>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="485"/>
        <source>Users with this role: {n}. Changes apply at their next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="505"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="506"/>
        <source>The role “{name}” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="536"/>
        <source>The role “{name}” has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="151"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="151"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="151"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="158"/>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="158"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="171"/>
        <source>Ships with the app; its permissions can be changed, not its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="174"/>
        <source>Permissions: {permissions} · Users: {users}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="44"/>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="50"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="53"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="54"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="55"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="59"/>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="62"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="66"/>
        <source>Only staff who may change shop settings can set this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="67"/>
        <source>Lock the desk after &amp;idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="70"/>
        <source>Where the shop lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="74"/>
        <source>OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="75"/>
        <source>memory (demo shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="76"/>
        <source>memory (tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="79"/>
        <source>Shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="80"/>
        <source>Desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="81"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="82"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="83"/>
        <source>Passwords kept in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="37"/>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="39"/>
        <source>This is printed on receipts and labels; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="52"/>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="53"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="54"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="55"/>
        <source>&amp;Dates and numbers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="325"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="326"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="328"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="544"/>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="547"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="550"/>
        <location filename="../../merchant_app/gui/screens/users.py" line="691"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="552"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="554"/>
        <source>Reset &amp;password on this desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="557"/>
        <source>Issue &amp;enrolment code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="560"/>
        <source>A single-use code with which the user sets a password on another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="563"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="576"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="689"/>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/users.py" line="698"/>
        <source>Users: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="734"/>
        <source>{login} can now sign in on this desk. To let them use another desk, issue an enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="738"/>
        <source>Issue enrolment code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="757"/>
        <source>{login} now has the role “{role}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="765"/>
        <source>The change of {login} to “{role}” is waiting for approval by someone who may change roles. A manager can approve now at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="769"/>
        <source>Approve at this desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="784"/>
        <source>{approver} approved: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="796"/>
        <source>Deactivate {name} ({login})? They are signed out of every desk at their next action and can no longer sign in. You can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="799"/>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="801"/>
        <source>Reactivate {name} ({login})? They can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="802"/>
        <source>Reactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="819"/>
        <source>{login} has been reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="821"/>
        <source>{login} has been deactivated and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="836"/>
        <source>{login} is unlocked and can try to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="850"/>
        <source>The password of {login} on this desk has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="89"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="91"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="93"/>
        <location filename="../../merchant_app/gui/screens/users.py" line="110"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="94"/>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="97"/>
        <source>Failed sign-in attempts in a row since the last good one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="108"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="108"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="115"/>
        <source>{login}, created {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="119"/>
        <source>Deactivated: cannot sign in on any desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="121"/>
        <source>Locked after too many failed attempts; use Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
