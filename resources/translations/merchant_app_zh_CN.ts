<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdjustStockDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="82"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="90"/>
        <source>Negative takes stock out, positive puts it in</source>
        <translation>负数为出库，正数为入库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="93"/>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="94"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="95"/>
        <source>&amp;Quantity (+/−):</source>
        <translation>数量(+/−)(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="96"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="121"/>
        <source>Stock adjusted.</source>
        <translation>库存已调整。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="123"/>
        <source>The adjustment is above the limit and waits for a manager&apos;s approval.</source>
        <translation>调整数量超出限额，需等待店长审批。</translation>
    </message>
</context>
<context>
    <name>AnyDateEdit</name>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="326"/>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="58"/>
        <source>demo shop: passwords kept in memory, not in an OS keyring</source>
        <translation>演示店铺：密码保存在内存中，而非系统密钥环</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="62"/>
        <source>test keyring in memory</source>
        <translation>测试密钥环（内存）</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="138"/>
        <source>No keyring</source>
        <translation>无密钥环</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="140"/>
        <source>The shop cannot be opened</source>
        <translation>无法打开店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="161"/>
        <source>One moment</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="162"/>
        <source>The shop&apos;s database is still being prepared.</source>
        <translation>店铺数据库仍在准备中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="194"/>
        <source>Creating the shop…</source>
        <translation>正在创建店铺…</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="52"/>
        <source>Role change</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="59"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="60"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="61"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="145"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="149"/>
        <source>Request:</source>
        <translation>申请:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="150"/>
        <source>Change:</source>
        <translation>变更:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="151"/>
        <source>Requested by:</source>
        <translation>申请人:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="153"/>
        <source>Requested at:</source>
        <translation>申请时间:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="156"/>
        <source>Reason:</source>
        <translation>原因:</translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="328"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="329"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="330"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="331"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="335"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="339"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="342"/>
        <source>&amp;Refuse…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="345"/>
        <source>Approve at this &amp;desk…</source>
        <translation>在此工作台审批(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="348"/>
        <source>A manager approves your request here by typing their own login</source>
        <translation>店长可在此输入自己的登录名来批准您的申请</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="350"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="364"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="448"/>
        <source>Select a request to see its details.</source>
        <translation>选择一条申请以查看详情。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="450"/>
        <source>{kind}: {summary}</source>
        <translation>{kind}：{summary}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="451"/>
        <source>Requested by {login} at {time}. Reason: {reason}</source>
        <translation>申请人 {login}，时间 {time}。原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="459"/>
        <source>{status} by {login} at {time}. Note: {note}</source>
        <translation>{status}：{login}，时间 {time}。备注：{note}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="469"/>
        <source>Waiting for approval. A manager can approve now at this desk with “Approve at this desk…”.</source>
        <translation>等待审批。店长可通过“在此工作台审批…”立即在本工作台审批。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="517"/>
        <source>Approved and applied: {summary}</source>
        <translation>已批准并生效：{summary}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="519"/>
        <source>Refused: {summary}</source>
        <translation>已拒绝：{summary}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="538"/>
        <source>{login} approved: {summary}</source>
        <translation>{login} 已批准：{summary}</translation>
    </message>
</context>
<context>
    <name>ApprovalsTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="91"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="92"/>
        <source>By</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="93"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="94"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="95"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="97"/>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="98"/>
        <source>Decided</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="99"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="68"/>
        <source>Shop created</source>
        <translation>店铺已创建</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="69"/>
        <source>Desk registered</source>
        <translation>工作台已注册</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="70"/>
        <source>User created</source>
        <translation>用户已创建</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="71"/>
        <source>User reactivated</source>
        <translation>用户已重新启用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="72"/>
        <source>User deactivated</source>
        <translation>用户已停用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="73"/>
        <source>User unlocked</source>
        <translation>用户已解锁</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="74"/>
        <source>Role of user changed</source>
        <translation>用户角色已变更</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="75"/>
        <source>Role saved</source>
        <translation>角色已保存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="76"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="77"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="78"/>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="79"/>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="80"/>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="81"/>
        <source>Password confirmed</source>
        <translation>密码已确认</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="82"/>
        <source>Password confirmation failed</source>
        <translation>密码确认失败</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="85"/>
        <source>Password confirmation refused</source>
        <translation>密码确认被拒绝</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="88"/>
        <source>Approver signed in on the spot</source>
        <translation>审批人现场登录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="91"/>
        <source>Approver sign-in failed</source>
        <translation>审批人登录失败</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="94"/>
        <source>Approver sign-in refused</source>
        <translation>审批人登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="97"/>
        <source>Enrolment code issued</source>
        <translation>已发放注册码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="98"/>
        <source>Enrolled on a desk</source>
        <translation>已在工作台注册</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="99"/>
        <source>Approval requested</source>
        <translation>已提交审批申请</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="100"/>
        <source>Request approved</source>
        <translation>申请已批准</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="101"/>
        <source>Request refused</source>
        <translation>申请已拒绝</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="102"/>
        <source>Audit trail verified</source>
        <translation>审计日志已校验</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="103"/>
        <source>Audit trail exported</source>
        <translation>审计日志已导出</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="124"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="126"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="391"/>
        <source>Action, target or details</source>
        <translation>操作、对象或详情</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="394"/>
        <source>Any user</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="398"/>
        <source>Entries on or after this day</source>
        <translation>该日及之后的记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="399"/>
        <source>Entries on or before this day</source>
        <translation>该日及之前的记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="405"/>
        <source>&amp;Verify chain</source>
        <translation>校验日志链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="408"/>
        <source>Check that no entry was changed or deleted since it was written</source>
        <translation>检查记录写入后是否被修改或删除</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="411"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="413"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="416"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="418"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="433"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="444"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="445"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="446"/>
        <source>Fr&amp;om:</source>
        <translation>从(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="447"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="544"/>
        <source>Showing the newest %n entries; scroll down for older ones.</source>
        <translation>
            <numerusform>显示最新的 %n 条记录；向下滚动查看更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="546"/>
        <source>Entries: %n</source>
        <translation>
            <numerusform>记录数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="560"/>
        <source>Intact: %n entries</source>
        <translation>
            <numerusform>完好：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="567"/>
        <source>Broken at entry {seq}: {problem}</source>
        <translation>在第 {seq} 条记录处断开：{problem}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="579"/>
        <source>Export audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="579"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="597"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="598"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="604"/>
        <source>The audit trail was exported to {path}.</source>
        <translation>审计日志已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="253"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="254"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="255"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="256"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="257"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="258"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="259"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="262"/>
        <source>Position in the chain</source>
        <translation>在日志链中的位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="269"/>
        <source>This desk</source>
        <translation>本工作台</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="95"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="97"/>
        <source>At least 8 characters, not only digits, and not your login. The new password is for this desk.</source>
        <translation>至少 8 个字符，不能全为数字，也不能与登录名相同。新密码仅用于本工作台。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="105"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="106"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="107"/>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="111"/>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="252"/>
        <source>Change role</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="254"/>
        <source>{name} ({login}) has the role “{role}”.</source>
        <translation>{name}（{login}）的角色为“{role}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="263"/>
        <source>Why the change is needed</source>
        <translation>变更的原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="265"/>
        <source>New &amp;role:</source>
        <translation>新角色(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="266"/>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="269"/>
        <source>If you may not approve role changes yourself, the change waits for someone who may.</source>
        <translation>如果您无权自行批准角色变更，变更将等待有权限的人审批。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="276"/>
        <source>&amp;Change role</source>
        <translation>变更角色(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="24"/>
        <source>Order entry by scan and search, the review flow from customer service to the warehouse, payments and the order list will be here.</source>
        <translation>扫码和搜索录单、从客服到仓库的审核流程、收款以及订单列表将在此处提供。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="32"/>
        <source>Products and categories, stock per location, receiving, transfers, stock counts, replenishment and imports will be here.</source>
        <translation>商品与分类、各位置库存、收货、调拨、盘点、补货和导入将在此处提供。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="40"/>
        <source>Members with their points, tiers, coupons and service tickets will be here.</source>
        <translation>会员及其积分、等级、优惠券和服务工单将在此处提供。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="47"/>
        <source>Shipping and product labels, packing slips and pick lists, with preview and printing, will be here.</source>
        <translation>快递面单和商品标签、装箱单和拣货单（支持预览和打印）将在此处提供。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/placeholder.py" line="55"/>
        <source>The dashboard and the daily, weekly and monthly reports will be here.</source>
        <translation>数据看板以及日报、周报和月报将在此处提供。</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="108"/>
        <source>Location to count</source>
        <translation>要盘点的位置</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="vanished">位置:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="109"/>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="114"/>
        <source>Category to count</source>
        <translation>要盘点的分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="115"/>
        <source>C&amp;ategory:</source>
        <translation>分类(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="119"/>
        <source>&amp;Start count</source>
        <translation>开始盘点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="124"/>
        <source>Start a count, then scan each item.</source>
        <translation>先开始盘点，然后逐件扫码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="133"/>
        <source>Scan, or type a barcode or SKU and press Enter</source>
        <translation>扫码，或输入条码或 SKU 后按回车</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="134"/>
        <source>Barcode or SKU</source>
        <translation>条码或 SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="158"/>
        <source>&amp;Apply differences…</source>
        <translation>应用差异(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="180"/>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="193"/>
        <source>Start a count before scanning.</source>
        <translation>请先开始盘点再扫码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="202"/>
        <source>Unknown code {code}: set the item aside; it is listed for review.</source>
        <translation>未知编码 {code}：请将该商品放到一边；已列入待核对清单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="209"/>
        <source>{name} ({sku}): counted {n}</source>
        <translation>{name}（{sku}）：已盘 {n}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="237"/>
        <source>{lines} products · {diff:+d} units net · value {value} · {unknown} unknown codes</source>
        <translation>{lines} 种商品 · 净差 {diff:+d} 件 · 金额 {value} · {unknown} 个未知编码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="257"/>
        <source>{lines} products counted · {units} units · {unknown} unknown codes</source>
        <translation>已盘 {lines} 种商品 · 共 {units} 件 · {unknown} 个未知编码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="278"/>
        <source>Count {number} started. Scan each item.</source>
        <translation>盘点 {number} 已开始。请逐件扫码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="295"/>
        <source>Apply count</source>
        <translation>应用盘点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="297"/>
        <source>Write the differences of count {number} to the stock ledger? This cannot be undone.</source>
        <translation>将盘点 {number} 的差异写入库存台账？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="309"/>
        <source>Count {number} applied.</source>
        <translation>盘点 {number} 已应用。</translation>
    </message>
</context>
<context>
    <name>CountedModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="86"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="86"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="86"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../merchant_app/gui/errors.py" line="61"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/errors.py" line="64"/>
        <source>The app hit an unexpected problem. Nothing half-done was saved. Please send the details below to your support contact.</source>
        <translation>程序遇到意外问题。未完成的操作均未保存。请将以下详情发送给您的技术支持。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/errors.py" line="68"/>
        <source>They are also in the log file: {path}</source>
        <translation>详情也记录在日志文件中：{path}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="183"/>
        <source>Approve request</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="183"/>
        <source>Refuse request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="191"/>
        <source>Optional: why you approve</source>
        <translation>可选：批准的理由</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="193"/>
        <source>Tell the requester why (recommended)</source>
        <translation>告诉申请人原因（建议填写）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="195"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="203"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="203"/>
        <source>&amp;Refuse</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="143"/>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="174"/>
        <source>Packing slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="187"/>
        <source>Order {number} of {date}</source>
        <translation>订单 {number}（{date}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="193"/>
        <source>From</source>
        <translation>发货方</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="194"/>
        <source>Ship to</source>
        <translation>收货方</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="202"/>
        <location filename="../../merchant_app/printing/documents.py" line="328"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="203"/>
        <location filename="../../merchant_app/printing/documents.py" line="239"/>
        <location filename="../../merchant_app/printing/documents.py" line="329"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="204"/>
        <location filename="../../merchant_app/printing/documents.py" line="240"/>
        <location filename="../../merchant_app/printing/documents.py" line="290"/>
        <location filename="../../merchant_app/printing/documents.py" line="330"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="205"/>
        <location filename="../../merchant_app/printing/documents.py" line="242"/>
        <location filename="../../merchant_app/printing/documents.py" line="291"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="241"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="257"/>
        <source>Location {location} — {total} pcs</source>
        <translation>位置 {location} — 共 {total} 件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="277"/>
        <source>No. {number} — {date}</source>
        <translation>单号 {number} — {date}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="281"/>
        <source>Seller</source>
        <translation>销售方</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="283"/>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="292"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="293"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="331"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="332"/>
        <location filename="../../merchant_app/printing/documents.py" line="374"/>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="350"/>
        <source>Counted by: ____________   Date: __________</source>
        <translation>盘点人：____________   日期：__________</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="371"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="372"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="373"/>
        <source>Expected</source>
        <translation>账面</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="375"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="389"/>
        <source>Prepared by: {name}        Checked by: ____________</source>
        <translation>制表人：{name}        复核人：____________</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="63"/>
        <source>Enrol on this desk</source>
        <translation>在此工作台注册</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="65"/>
        <source>Your Owner gave you an enrolment code for this desk. Enter it with your login and choose the password you will use here.</source>
        <translation>店主已为您提供了本工作台的注册码。请输入您的登录名和注册码，并设置您在此使用的密码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="75"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="76"/>
        <source>Enrolment &amp;code:</source>
        <translation>注册码(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="77"/>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="78"/>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="82"/>
        <source>Enter your login and the enrolment code.</source>
        <translation>请输入您的登录名和注册码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/dialogs.py" line="85"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="377"/>
        <source>Enrolment code for {login}</source>
        <translation>{login} 的注册码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="385"/>
        <source>An enrolment code lets {name} ({login}) set their password on another desk. It works once and only until it expires.</source>
        <translation>注册码可让 {name}（{login}）在另一个工作台上设置密码。仅能使用一次，且过期后失效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="398"/>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="418"/>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="423"/>
        <source>C&amp;opy code</source>
        <translation>复制注册码(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="433"/>
        <source>&amp;Issue code</source>
        <translation>发放注册码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="446"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="447"/>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="448"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="449"/>
        <source>3 days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="450"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="472"/>
        <source>For {login}, valid until {time}</source>
        <translation>用于 {login}，有效期至 {time}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="478"/>
        <source>On the other desk choose “Enrol on this desk” and enter this code. {name} then chooses a password there. The code works once; it is not shown again.</source>
        <translation>在另一个工作台上选择“在此工作台注册”并输入此注册码，{name} 随后在那里设置密码。注册码只能使用一次，且不会再次显示。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="494"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../merchant_app/cli.py" line="106"/>
        <location filename="../../merchant_app/services/shop.py" line="104"/>
        <source>This database already has a shop.</source>
        <translation>此数据库已有店铺。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/cli.py" line="188"/>
        <source>The shop has no active Owner.</source>
        <translation>店铺没有启用中的店主账号。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="80"/>
        <source>Unknown language “{value}”.</source>
        <translation>未知语言“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="84"/>
        <source>Unknown theme “{value}”.</source>
        <translation>未知主题“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="88"/>
        <source>The idle lock time must be between 1 and 240 minutes.</source>
        <translation>空闲锁定时间必须在 1 到 240 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="102"/>
        <source>The settings file {path} cannot be read: {reason}</source>
        <translation>无法读取设置文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="61"/>
        <source>The database is busy with another desk&apos;s work. Try again in a moment.</source>
        <translation>数据库正忙于处理其他工作台的操作，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="65"/>
        <source>The database is read-only, so nothing can be saved. Check the disk.</source>
        <translation>数据库为只读状态，无法保存任何内容。请检查磁盘。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="69"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="73"/>
        <source>The database cannot be reached: {reason}</source>
        <translation>无法连接数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/errors.py" line="26"/>
        <source>The action could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/errors.py" line="46"/>
        <source>You do not have the permission “{permission}” needed for this action.</source>
        <translation>您没有执行此操作所需的权限“{permission}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/errors.py" line="85"/>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="39"/>
        <source>No OS keyring is available, and this app keeps staff passwords only there. Install and start a Secret Service provider (for example the gnome-keyring or KeePassXC package) in your desktop session, make sure a D-Bus session is running, then start the app again.</source>
        <translation>没有可用的系统密钥环，而本程序只将员工密码保存在密钥环中。请在桌面会话中安装并启动 Secret Service 服务（例如 gnome-keyring 或 KeePassXC 软件包），确保 D-Bus 会话正在运行，然后重新启动程序。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="46"/>
        <source>The OS keyring (Windows Credential Manager or macOS Keychain) cannot be used. Sign in to your computer account normally (not as a guest) and start the app again.</source>
        <translation>无法使用系统密钥环（Windows 凭据管理器或 macOS 钥匙串）。请以正常方式（而非访客身份）登录您的电脑账户，然后重新启动程序。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="106"/>
        <source>The OS keyring could not be read: {reason}</source>
        <translation>无法读取系统密钥环：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="115"/>
        <location filename="../../merchant_app/security/keystore.py" line="128"/>
        <source>The OS keyring could not be written: {reason}</source>
        <translation>无法写入系统密钥环：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="26"/>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="30"/>
        <source>The password cannot be only digits.</source>
        <translation>密码不能全为数字。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="33"/>
        <source>The password cannot be the same as the login.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="83"/>
        <source>Unknown kind of approval “{kind}”.</source>
        <translation>未知的审批类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="165"/>
        <location filename="../../merchant_app/services/approvals.py" line="198"/>
        <source>This request has already been decided by someone else.</source>
        <translation>此申请已由他人处理。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="188"/>
        <source>That request no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="193"/>
        <source>You cannot approve or refuse your own request.</source>
        <translation>您不能批准或拒绝自己的申请。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="136"/>
        <source>Entry {seq} is missing (deleted).</source>
        <translation>第 {seq} 条记录缺失（已被删除）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="143"/>
        <source>Entry {seq} does not follow the entry before it.</source>
        <translation>第 {seq} 条记录与前一条记录不衔接。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="162"/>
        <source>Entry {seq} was changed after it was written.</source>
        <translation>第 {seq} 条记录在写入后被修改过。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="175"/>
        <source>Entries from {seq} on are missing (deleted).</source>
        <translation>从第 {seq} 条起的记录缺失（已被删除）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="34"/>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="90"/>
        <location filename="../../merchant_app/services/permissions.py" line="156"/>
        <source>This account has been deactivated.</source>
        <translation>此账号已被停用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="95"/>
        <source>This account is locked after too many failed attempts. Ask the Owner to unlock it.</source>
        <translation>此账号因失败次数过多已被锁定。请联系店主解锁。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="104"/>
        <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
        <translation>失败次数过多。请等待 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="112"/>
        <source>{login} has no password on this desk yet. Ask the Owner for an enrolment code and choose “Enrol on this desk”.</source>
        <translation>{login} 在此工作台上尚未设置密码。请向店主索取注册码，然后选择“在此工作台注册”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="123"/>
        <source>Wrong password. The account is now locked; ask the Owner to unlock it.</source>
        <translation>密码错误。账号现已锁定，请联系店主解锁。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="184"/>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="202"/>
        <location filename="../../merchant_app/services/staff.py" line="155"/>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="224"/>
        <source>An enrolment code is valid for 1 hour to 7 days.</source>
        <translation>注册码的有效期为 1 小时到 7 天。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="232"/>
        <source>That user is not active.</source>
        <translation>该用户未启用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="255"/>
        <source>The enrolment code is wrong, already used or expired for this login.</source>
        <translation>注册码错误、已被使用，或对此登录名已过期。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="57"/>
        <source>The login “{login}” is not valid: use 2 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>登录名“{login}”无效：请使用 2 到 40 个字母、数字、点、短横线或下划线，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="71"/>
        <source>The shop name must have 1 to 120 characters.</source>
        <translation>店铺名称必须为 1 到 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="75"/>
        <source>Unknown currency “{value}”.</source>
        <translation>未知货币“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="78"/>
        <source>Unknown locale “{value}”.</source>
        <translation>未知区域设置“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="99"/>
        <source>Please enter the Owner&apos;s name.</source>
        <translation>请输入店主的姓名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/cli.py" line="178"/>
        <location filename="../../merchant_app/services/shop.py" line="173"/>
        <source>This database has no shop yet.</source>
        <translation>此数据库还没有店铺。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="198"/>
        <source>No free desk code could be found.</source>
        <translation>找不到可用的工作台编号。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="133"/>
        <location filename="../../merchant_app/services/catalog_queries.py" line="297"/>
        <source>That product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="153"/>
        <location filename="../../merchant_app/services/catalog_categories.py" line="69"/>
        <source>That category no longer exists.</source>
        <translation>该分类已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="155"/>
        <location filename="../../merchant_app/services/catalog_categories.py" line="309"/>
        <source>That supplier no longer exists.</source>
        <translation>该供应商已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="162"/>
        <source>The SKU “{sku}” is already used by “{product}”.</source>
        <translation>SKU“{sku}”已被“{product}”使用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="185"/>
        <source>The SKU “{sku}” is already used.</source>
        <translation>SKU“{sku}”已被使用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="209"/>
        <source>A new product is either a draft or listed.</source>
        <translation>新商品只能是草稿或已上架状态。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="230"/>
        <source>A variant needs its options, each with a name and a value (such as Size = M), each name once.</source>
        <translation>规格商品需要设置规格项，每项都要有名称和值（例如 尺码 = M），且每个名称只能出现一次。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="262"/>
        <source>“{sku}” is not a parent product, so it cannot have variants.</source>
        <translation>“{sku}”不是多规格商品，因此不能添加规格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="274"/>
        <source>The variant “{sku}” already has these options.</source>
        <translation>规格“{sku}”已有这些规格项。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="313"/>
        <source>These fields cannot be changed here: {fields}.</source>
        <translation>以下字段不能在此修改：{fields}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="401"/>
        <source>The barcode “{code}” already belongs to {sku} “{product}”.</source>
        <translation>条码“{code}”已属于 {sku}“{product}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="413"/>
        <source>The barcode “{code}” was just given to another product.</source>
        <translation>条码“{code}”刚刚被分配给了其他商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="438"/>
        <source>{sku} has no barcode “{code}”.</source>
        <translation>{sku} 没有条码“{code}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="455"/>
        <location filename="../../merchant_app/services/shop.py" line="219"/>
        <source>This desk is not registered.</source>
        <translation>此工作台未注册。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="463"/>
        <source>No free in-store barcode was found.</source>
        <translation>找不到可用的店内条码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="476"/>
        <source>Delisting a product needs approval: request it.</source>
        <translation>下架商品需要审批：请提交申请。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="505"/>
        <source>{sku} is already delisted.</source>
        <translation>{sku} 已下架。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="97"/>
        <source>That role no longer exists.</source>
        <translation>该角色已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="105"/>
        <source>You cannot give the role “{role}”: it has permissions you do not hold.</source>
        <translation>您不能授予角色“{role}”：它包含您自己没有的权限。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="126"/>
        <source>The name must have 1 to 80 characters.</source>
        <translation>名称必须为 1 到 80 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="135"/>
        <source>The login “{login}” is already taken.</source>
        <translation>登录名“{login}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="177"/>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="180"/>
        <source>The last active Owner cannot be deactivated.</source>
        <translation>不能停用最后一个启用中的店主。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="206"/>
        <source>You cannot change your own role.</source>
        <translation>您不能变更自己的角色。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="209"/>
        <source>{login} already has the role “{role}”.</source>
        <translation>{login} 的角色已经是“{role}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="224"/>
        <source>The last active Owner must keep the Owner role.</source>
        <translation>最后一个启用中的店主必须保留店主角色。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="252"/>
        <source>Unknown permission “{name}”.</source>
        <translation>未知权限“{name}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="257"/>
        <source>The role name must have 1 to 60 characters.</source>
        <translation>角色名称必须为 1 到 60 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="264"/>
        <source>A role named “{name}” already exists.</source>
        <translation>名为“{name}”的角色已存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="275"/>
        <source>A built-in role cannot be renamed.</source>
        <translation>内置角色不能重命名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="279"/>
        <source>The Owner role must keep user and role management.</source>
        <translation>店主角色必须保留用户和角色管理权限。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/barcodes.py" line="52"/>
        <source>“{code}” is not an EAN-13: it must be 13 digits.</source>
        <translation>“{code}”不是 EAN-13 条码：必须为 13 位数字。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/barcodes.py" line="57"/>
        <source>The EAN-13 “{code}” has a wrong check digit: the last digit should be {expected}.</source>
        <translation>EAN-13 条码“{code}”的校验位错误：最后一位应为 {expected}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/barcodes.py" line="72"/>
        <source>“{code}” is not a UPC-A: it must be 12 digits.</source>
        <translation>“{code}”不是 UPC-A 条码：必须为 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/barcodes.py" line="77"/>
        <source>The UPC-A “{code}” has a wrong check digit: the last digit should be {expected}.</source>
        <translation>UPC-A 条码“{code}”的校验位错误：最后一位应为 {expected}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/barcodes.py" line="91"/>
        <location filename="../../merchant_app/barcodes.py" line="123"/>
        <source>The code is empty.</source>
        <translation>编码为空。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/barcodes.py" line="94"/>
        <source>The code “{code}” is too long for a barcode (at most {limit}).</source>
        <translation>编码“{code}”太长，无法生成条码（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/barcodes.py" line="102"/>
        <source>The code “{code}” has characters a Code 128 barcode cannot carry (use letters, digits and common punctuation).</source>
        <translation>编码“{code}”包含 Code 128 条码无法承载的字符（请使用字母、数字和常用标点）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/encoding.py" line="21"/>
        <source>The file could not be read as text: it is not valid in any of the encodings tried ({encodings}). Save it from the spreadsheet as “CSV UTF-8”.</source>
        <extracomment>The encodings tried, in order, for a file without a byte-order mark.</extracomment>
        <translation>无法将文件读取为文本：在尝试过的所有编码（{encodings}）下均无效。请在电子表格软件中将其另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/money.py" line="35"/>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}”不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/money.py" line="39"/>
        <source>The amount “{text}” cannot be negative.</source>
        <translation>金额“{text}”不能为负数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/money.py" line="46"/>
        <source>“{text}” has more than {digits} decimals.</source>
        <translation>“{text}”的小数位数超过 {digits} 位。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/money.py" line="53"/>
        <source>The amount “{text}” is too large.</source>
        <translation>金额“{text}”过大。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/data.py" line="15"/>
        <source>The label for “{label}” has no {field}.</source>
        <translation>“{label}”的标签缺少“{field}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/data.py" line="43"/>
        <source>The weight of “{label}” cannot be negative.</source>
        <translation>“{label}”的重量不能为负数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="168"/>
        <source>Label layout “{layout}”, “{field}”: the setting “{key}” cannot be “{value}”.</source>
        <translation>标签版式“{layout}”，“{field}”：设置项“{key}”不能为“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="171"/>
        <source>Label layout “{layout}”, “{field}”: the setting “{key}” is missing.</source>
        <translation>标签版式“{layout}”，“{field}”：缺少设置项“{key}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="174"/>
        <source>Label layout “{layout}”, “{field}”: there is no setting called “{key}”.</source>
        <translation>标签版式“{layout}”，“{field}”：不存在名为“{key}”的设置项。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="177"/>
        <source>Label layout “{layout}”, field “{field}”: its box (x {x}, y {y}, {w} × {h} mm) does not lie inside the {lw} × {lh} mm label.</source>
        <translation>标签版式“{layout}”，字段“{field}”：其区域（x {x}，y {y}，{w} × {h} mm）超出了 {lw} × {lh} mm 的标签范围。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="182"/>
        <source>Label layout “{layout}”, field “{field}”: its box is {h} mm high, too low for one line of text at {size} pt.</source>
        <translation>标签版式“{layout}”，字段“{field}”：其区域高 {h} mm，容纳不下一行 {size} pt 的文字。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="187"/>
        <source>Label layout “{layout}”, field “{field}”: the smallest font size ({min} pt) must be positive and not larger than the largest ({max} pt).</source>
        <translation>标签版式“{layout}”，字段“{field}”：最小字号（{min} pt）必须为正数，且不大于最大字号（{max} pt）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="192"/>
        <source>Label layout “{layout}”, field “{field}”: the font “{font}” is not available.</source>
        <translation>标签版式“{layout}”，字段“{field}”：字体“{font}”不可用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="195"/>
        <source>Label layout “{layout}”: there are two fields called “{field}”.</source>
        <translation>标签版式“{layout}”：有两个名为“{field}”的字段。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="198"/>
        <source>Label layout “{layout}”: {columns} × {rows} labels of {lw} × {lh} mm with these margins and gaps do not fit on the {pw} × {ph} mm page.</source>
        <translation>标签版式“{layout}”：{columns} × {rows} 个 {lw} × {lh} mm 的标签，加上当前的边距和间距，无法放入 {pw} × {ph} mm 的页面。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="203"/>
        <source>The label layout “{layout}” cannot be read: it is not valid JSON ({problem}).</source>
        <translation>无法读取标签版式“{layout}”：不是有效的 JSON（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/pdf.py" line="35"/>
        <source>The label layout “{layout}” is for {kind} labels, not for “{label}”.</source>
        <translation>标签版式“{layout}”适用于“{kind}”标签，而不适用于“{label}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/pdf.py" line="38"/>
        <source>Cannot skip {skip} positions on “{layout}”: a sheet has {positions} positions (a roll none).</source>
        <translation>无法在“{layout}”上跳过 {skip} 个位置：每张标签纸只有 {positions} 个位置（卷装标签无法跳过）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/pdf.py" line="42"/>
        <source>The number of copies must be at least 1, not {copies}.</source>
        <translation>打印份数至少为 1，而不是 {copies}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/symbols.py" line="42"/>
        <source>The code “{code}” does not fit the field “{field}”: it needs {needed} mm at the smallest readable bar width but the box is {available} mm.</source>
        <translation>编码“{code}”放不进字段“{field}”：按最小可识读条宽需要 {needed} mm，但区域只有 {available} mm。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/zpl.py" line="31"/>
        <source>The label layout “{layout}” is for sheets; ZPL is only for thermal label rolls.</source>
        <translation>标签版式“{layout}”适用于标签纸；ZPL 仅适用于热敏卷装标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/zpl.py" line="34"/>
        <source>The printer setting “{field}” cannot be {value} (allowed: {allowed}).</source>
        <translation>打印机设置“{field}”不能为 {value}（允许的值：{allowed}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="77"/>
        <source>A category “{path}” already exists.</source>
        <translation>分类“{path}”已存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="116"/>
        <source>The category “{path}” could not be created.</source>
        <translation>无法创建分类“{path}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="170"/>
        <source>“{path}” cannot be moved under itself or its own sub-category.</source>
        <translation>“{path}”不能移动到自身或其子分类下。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="196"/>
        <source>The category “{path}” is not empty ({children} sub-categories, {products} products, {counts} stock counts); it cannot be deleted.</source>
        <translation>分类“{path}”不为空（{children} 个子分类、{products} 个商品、{counts} 个盘点单），无法删除。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="262"/>
        <source>The lead time must be 0 to 365 days.</source>
        <translation>交货周期必须为 0 到 365 天。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="271"/>
        <source>A supplier named “{name}” already exists.</source>
        <translation>名为“{name}”的供应商已存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_prices.py" line="153"/>
        <source>The new figures are the same as the current ones.</source>
        <translation>新数值与当前数值相同。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="48"/>
        <source>The SKU “{sku}” is not valid: use 1 to {limit} characters, no spaces.</source>
        <translation>SKU“{sku}”无效：请使用 1 到 {limit} 个字符，不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="62"/>
        <source>The product name must have 1 to {limit} characters.</source>
        <translation>商品名称必须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="73"/>
        <source>The unit must have 1 to {limit} characters.</source>
        <translation>单位必须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="84"/>
        <source>Unknown listing status “{status}”: use draft, listed or delisted.</source>
        <translation>未知的上架状态“{status}”：请使用 draft（草稿）、listed（已上架）或 delisted（已下架）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="99"/>
        <source>“{field}” must be a whole number of 0 or more.</source>
        <translation>“{field}”必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="111"/>
        <source>The category name “{name}” is not valid: use 1 to {limit} characters without “&gt;”.</source>
        <translation>分类名称“{name}”无效：请使用 1 到 {limit} 个字符，且不能包含“&gt;”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="126"/>
        <source>The supplier name must have 1 to {limit} characters.</source>
        <translation>供应商名称必须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="71"/>
        <source>The stock location “{location}” does not exist.</source>
        <translation>库存位置“{location}”不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="82"/>
        <source>The location code “{code}” is not valid: use 1 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>位置编码“{code}”无效：请使用 1 到 32 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="106"/>
        <source>Unknown kind of location “{kind}”.</source>
        <translation>未知的位置类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="110"/>
        <source>The location name must have 1 to 120 characters.</source>
        <translation>位置名称必须为 1 到 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="118"/>
        <source>A bin must be inside a shop or a warehouse.</source>
        <translation>货位必须位于门店或仓库内。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="124"/>
        <source>The bin “{code}” cannot be inside another bin ({parent}).</source>
        <translation>货位“{code}”不能位于另一个货位（{parent}）内。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="133"/>
        <source>Only bins can be inside another location.</source>
        <translation>只有货位可以位于其他位置内。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="138"/>
        <source>A location with the code “{code}” already exists.</source>
        <translation>编码为“{code}”的位置已存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="188"/>
        <source>The file has {count} problem(s), so nothing was imported. First: {first}</source>
        <translation>文件中有 {count} 个问题，因此未导入任何内容。第一个问题：{first}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="201"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/purchasing_queries.py" line="154"/>
        <source>Unknown purchase order status “{status}”.</source>
        <translation>未知的采购单状态“{status}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/purchasing_queries.py" line="187"/>
        <location filename="../../merchant_app/services/stock.py" line="582"/>
        <location filename="../../merchant_app/services/stock.py" line="721"/>
        <source>That purchase order does not exist.</source>
        <translation>该采购单不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/replenishment.py" line="187"/>
        <location filename="../../merchant_app/services/stock.py" line="302"/>
        <location filename="../../merchant_app/services/stock.py" line="568"/>
        <location filename="../../merchant_app/services/stock_counts.py" line="296"/>
        <source>The product “{product}” does not exist.</source>
        <translation>商品“{product}”不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="86"/>
        <source>Not enough stock of {sku} at {location}: {available} available, {asked} asked.</source>
        <translation>{sku} 在 {location} 的库存不足：可用 {available}，需要 {asked}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="94"/>
        <source>Only {reserved} of {sku} are reserved at {location}; {asked} asked.</source>
        <translation>{sku} 在 {location} 仅预留了 {reserved}，需要 {asked}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="289"/>
        <source>{sku} groups variants and holds no stock itself: choose one of its variants.</source>
        <translation>{sku} 是多规格商品的主商品，本身不持有库存：请选择其中一个规格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="337"/>
        <source>The quantity must be a whole number above zero: {qty}.</source>
        <translation>数量必须是大于零的整数：{qty}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="369"/>
        <source>A stock move needs a whole, non-zero quantity: {qty}.</source>
        <translation>库存变动的数量必须是非零整数：{qty}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="374"/>
        <source>Unknown stock move reason “{reason}”.</source>
        <translation>未知的库存变动原因“{reason}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="613"/>
        <source>That supplier does not exist.</source>
        <translation>该供应商不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="619"/>
        <source>A purchase order needs at least one line.</source>
        <translation>采购单至少需要一行明细。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="694"/>
        <source>Purchase order {number} is {status}, not a draft; it cannot be placed.</source>
        <translation>采购单 {number} 的状态为“{status}”，不是草稿，无法下单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="724"/>
        <source>Purchase order {number} is {status}; goods cannot be received.</source>
        <translation>采购单 {number} 的状态为“{status}”，无法收货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="731"/>
        <source>Nothing to receive.</source>
        <translation>没有需要收货的内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="738"/>
        <source>Line “{line}” is not on purchase order {number}.</source>
        <translation>明细行“{line}”不在采购单 {number} 中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="754"/>
        <source>Receiving {asked} of {sku} would exceed the {ordered} ordered on {number} ({received} already received).</source>
        <translation>收货 {asked} 件 {sku} 将超过 {number} 的订购数量 {ordered}（已收货 {received}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="813"/>
        <source>A transfer needs two different locations.</source>
        <translation>调拨需要两个不同的位置。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="859"/>
        <source>Unknown adjustment reason “{reason}”: use damage, loss, found or correction.</source>
        <translation>未知的调整原因“{reason}”：请使用 damage（损坏）、loss（丢失）、found（找回）或 correction（更正）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="868"/>
        <source>An adjustment needs a whole, non-zero quantity: {qty}.</source>
        <translation>调整数量必须是非零整数：{qty}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="874"/>
        <source>A “{reason}” adjustment cannot be {qty}: damage and loss take stock out, found puts it in.</source>
        <translation>“{reason}”调整的数量不能为 {qty}：损坏和丢失会减少库存，找回会增加库存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="134"/>
        <source>That stock count does not exist.</source>
        <translation>该盘点单不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="137"/>
        <source>Stock count {number} is {status}; it cannot change.</source>
        <translation>盘点单 {number} 的状态为“{status}”，无法更改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="170"/>
        <source>That category does not exist.</source>
        <translation>该分类不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="239"/>
        <source>The scanned code “{code}” is not valid.</source>
        <translation>扫描的编码“{code}”无效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="288"/>
        <source>A counted quantity must be a whole number, 0 or more.</source>
        <translation>实盘数量必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="447"/>
        <source>Stock count {number} is {status}; it cannot be applied again.</source>
        <translation>盘点单 {number} 的状态为“{status}”，不能再次应用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop_rules.py" line="76"/>
        <source>The adjustment approval limit must be between 0 and {limit} units.</source>
        <translation>调整审批上限必须在 0 到 {limit} 件之间。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="120"/>
        <source>Set up your shop</source>
        <translation>设置您的店铺</translation>
    </message>
</context>
<context>
    <name>ImportProductsDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="52"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="57"/>
        <source>A CSV file: this app&apos;s, WooCommerce&apos;s or Shopify&apos;s</source>
        <translation>CSV 文件：本程序、WooCommerce 或 Shopify 导出的格式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="61"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="63"/>
        <source>Detect from the header</source>
        <translation>根据表头自动识别</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="64"/>
        <source>This app&apos;s format</source>
        <translation>本程序的格式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="67"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="73"/>
        <source>Problems found in the file are listed here.</source>
        <translation>文件中发现的问题会列在这里。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="77"/>
        <source>&amp;Check only</source>
        <translation>仅检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="78"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="79"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="93"/>
        <source>Choose a product file</source>
        <translation>选择商品文件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="93"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="103"/>
        <source>Choose a file that exists: {path}</source>
        <translation>请选择一个存在的文件：{path}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="110"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="128"/>
        <source>Checking products…</source>
        <translation>正在检查商品…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="128"/>
        <source>Importing products…</source>
        <translation>正在导入商品…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="134"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="141"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 条</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="161"/>
        <source>The file has {n} problem(s); nothing was imported.</source>
        <translation>文件中有 {n} 个问题，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="147"/>
        <source>The file is fine: {c} new and {u} changed products.</source>
        <translation>文件无误：{c} 个新商品，{u} 个商品有变更。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/import_dialog.py" line="150"/>
        <source>Imported: {c} new and {u} changed products.</source>
        <translation>已导入：{c} 个新商品，{u} 个商品有变更。</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../merchant_app/imports/app_format.py" line="69"/>
        <source>“{value}” is not an option: write Name=Value, several separated by “;”</source>
        <translation>“{value}”不是有效的规格项：请写成 名称=值，多个之间用“;”分隔</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/app_format.py" line="72"/>
        <location filename="../../merchant_app/services/product_import.py" line="383"/>
        <source>a product with variants has no stock of its own: give the stock to its variants</source>
        <translation>多规格商品本身没有库存：请把库存分配给各个规格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/product_csv.py" line="32"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/product_csv.py" line="33"/>
        <source>the header is not that of a product file the app reads (its own export, WooCommerce&apos;s or Shopify&apos;s product export)</source>
        <translation>表头不是本程序可读取的商品文件格式（本程序自身的导出、WooCommerce 或 Shopify 的商品导出）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/product_csv.py" line="38"/>
        <source>unknown file format “{format}”</source>
        <translation>未知的文件格式“{format}”</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="25"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="26"/>
        <source>unknown status “{value}”: use one of {allowed}</source>
        <translation>未知状态“{value}”：请使用 {allowed} 之一</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="27"/>
        <source>required column “{column}” is missing</source>
        <translation>缺少必需的列“{column}”</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="28"/>
        <source>too long: {length} characters, at most {limit}</source>
        <translation>过长：{length} 个字符，最多 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="29"/>
        <source>duplicate SKU, first seen on row {first}</source>
        <translation>SKU 重复，首次出现在第 {first} 行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="30"/>
        <source>duplicate barcode “{code}”, first seen on row {first}</source>
        <translation>条码“{code}”重复，首次出现在第 {first} 行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="33"/>
        <source>the parent “{parent}” is not in the file</source>
        <translation>主商品“{parent}”不在文件中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="34"/>
        <source>the parent “{parent}” is itself a variant of another product</source>
        <translation>主商品“{parent}”本身是另一个商品的规格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="37"/>
        <source>the parent “{parent}” is not a product with variants</source>
        <translation>主商品“{parent}”不是多规格商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="40"/>
        <source>the row is cut short: it has {found} values but the header has {expected}</source>
        <translation>该行不完整：只有 {found} 个值，而表头有 {expected} 列</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="43"/>
        <source>the row has {found} values but the header has only {expected}</source>
        <translation>该行有 {found} 个值，而表头只有 {expected} 列</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="46"/>
        <source>a quoted value is never closed (is the file cut short?); nothing after it is read</source>
        <translation>有一个带引号的值没有闭合（文件是否不完整？）；其后的内容均未读取</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="49"/>
        <source>the CSV is malformed here ({detail}); nothing after it is read</source>
        <translation>CSV 格式在此处有误（{detail}）；其后的内容均未读取</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="24"/>
        <source>“{value}” is not a price</source>
        <translation>“{value}”不是有效价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="25"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="26"/>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="27"/>
        <source>“{value}” is negative; negative values are refused</source>
        <translation>“{value}”为负数；不接受负值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="28"/>
        <source>“{value}” has more than {digits} decimals; it would have to be rounded</source>
        <translation>“{value}”的小数位数超过 {digits} 位，需要四舍五入</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="31"/>
        <source>“{value}” is ambiguous (a thousands separator or a decimal comma?): write it without thousands separators, with a decimal point</source>
        <translation>“{value}”有歧义（是千位分隔符还是小数逗号？）：请去掉千位分隔符，并用小数点表示小数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="36"/>
        <source>“{value}” mixes commas and points: write it without thousands separators</source>
        <translation>“{value}”混用了逗号和小数点：请去掉千位分隔符</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="40"/>
        <source>“{value}” is too large</source>
        <translation>“{value}”过大</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/values.py" line="41"/>
        <source>“{value}” is more than 100 %</source>
        <translation>“{value}”超过 100%</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/woocommerce.py" line="51"/>
        <source>unknown unit “{unit}”</source>
        <extracomment>Columns only WooCommerce&apos;s export has (any one of them, with REQUIRED, identifies it).</extracomment>
        <translation>未知单位“{unit}”</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/woocommerce.py" line="52"/>
        <source>products of type “{value}” cannot be imported (only simple and variable products and their variations)</source>
        <translation>无法导入类型为“{value}”的商品（仅支持简单商品、可变商品及其规格）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/woocommerce.py" line="57"/>
        <source>“{value}” is not a publishing state (1, 0, -1 or 2)</source>
        <translation>“{value}”不是有效的发布状态（1、0、-1 或 2）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="326"/>
        <source>the SKU “{sku}” is already on row {first}</source>
        <translation>SKU“{sku}”已出现在第 {first} 行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="396"/>
        <source>there is no location with the code “{code}”</source>
        <translation>没有编码为“{code}”的位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="412"/>
        <source>changing the {what} of an existing product needs approval: change it on the product&apos;s card</source>
        <translation>修改已有商品的 {what} 需要审批：请在商品卡片上修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="426"/>
        <source>delisting “{sku}” needs approval: request it on its card</source>
        <translation>下架“{sku}”需要审批：请在其商品卡片上提交申请</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="459"/>
        <source>“{sku}” cannot be a variant of “{parent}”: parents are not variants</source>
        <translation>“{sku}”是多规格主商品，不能作为“{parent}”的规格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="473"/>
        <source>the parent SKU “{parent}” is neither in the file nor in the shop</source>
        <translation>主商品 SKU“{parent}”既不在文件中，也不在店铺中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="485"/>
        <source>“{parent}” is not a product with variants</source>
        <translation>“{parent}”不是多规格商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="511"/>
        <source>the barcode “{code}” is also on row {other}</source>
        <translation>条码“{code}”也出现在第 {other} 行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="532"/>
        <source>the barcode “{code}” already belongs to “{sku}” in the shop</source>
        <translation>条码“{code}”在店铺中已属于“{sku}”</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="39"/>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="56"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="40"/>
        <source>Listed</source>
        <translation>已上架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="41"/>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="57"/>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="58"/>
        <source>Partly received</source>
        <translation>部分收货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="59"/>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="35"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="60"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="67"/>
        <source>(no supplier)</source>
        <translation>（无供应商）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="36"/>
        <source>Transfer in</source>
        <translation>调入</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="37"/>
        <source>Transfer out</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="38"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="39"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="40"/>
        <source>Found</source>
        <translation>盘盈找回</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="41"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="42"/>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="43"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="44"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="45"/>
        <source>Returned to stock</source>
        <translation>退回库存</translation>
    </message>
</context>
<context>
    <name>InventoryScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="54"/>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="55"/>
        <source>&amp;New product…</source>
        <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="56"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="57"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="75"/>
        <source>&amp;Products</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="77"/>
        <source>Stock &amp;counts</source>
        <translation>盘点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="79"/>
        <source>&amp;Receiving</source>
        <translation>收货(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="81"/>
        <source>Re&amp;plenishment</source>
        <translation>补货(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="125"/>
        <source>No product has the code {code}.</source>
        <translation>没有商品使用编码 {code}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="192"/>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="194"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="209"/>
        <source>Exporting products…</source>
        <translation>正在导出商品…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/screen.py" line="211"/>
        <source>Exported {n} products to {path}.</source>
        <translation>已导出 {n} 个商品到 {path}。</translation>
    </message>
</context>
<context>
    <name>LevelsModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="57"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="57"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="57"/>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="57"/>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="61"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="62"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="71"/>
        <source>&amp;Enrol on this desk…</source>
        <translation>在此工作台注册(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="73"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="87"/>
        <location filename="../../merchant_app/gui/login.py" line="93"/>
        <source>Opening the shop…</source>
        <translation>正在打开店铺…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="122"/>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="126"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="132"/>
        <source>Opening the shop… you will be signed in shortly.</source>
        <translation>正在打开店铺…稍后将为您登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="138"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="182"/>
        <source>Sign in — {app}</source>
        <translation>登录 — {app}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="186"/>
        <source>Sign in to start work at this desk.</source>
        <translation>登录后即可在此工作台开始工作。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="42"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="43"/>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="46"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="50"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="53"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="59"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="65"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="71"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="77"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="81"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="153"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="154"/>
        <source>&amp;Lock desk</source>
        <translation>锁定工作台(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="157"/>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="160"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="162"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="169"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="171"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="224"/>
        <source>{name} ({role}) · desk {desk} · {db}</source>
        <translation>{name}（{role}）· 工作台 {desk} · {db}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="253"/>
        <source>This desk is locked</source>
        <translation>此工作台已锁定</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="256"/>
        <source>{name} was signed in. Sign in to continue; anyone else who signs in takes over the desk.</source>
        <translation>{name} 此前已登录。请登录以继续；其他人登录将接管此工作台。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="301"/>
        <source>Scanned {code}; this screen does not take scans.</source>
        <translation>已扫描 {code}；当前界面不接受扫码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="321"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="328"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="329"/>
        <source>{app} {version}
Qt {qt}</source>
        <translation>{app} {version}
Qt {qt}</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="77"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="78"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="79"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="80"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="81"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="vanished">单据</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="163"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="166"/>
        <source>e.g. clara or wang.li</source>
        <translation>例如 clara 或 wang.li</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="170"/>
        <source>Choose a role…</source>
        <translation>请选择角色…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="175"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="180"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="181"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="182"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="183"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="184"/>
        <source>Con&amp;firm password:</source>
        <translation>确认密码(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="188"/>
        <source>The password works on this desk. For another desk, issue an enrolment code afterwards.</source>
        <translation>该密码仅在此工作台有效。如需在其他工作台使用，请随后发放注册码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="195"/>
        <source>Create &amp;user</source>
        <translation>创建用户(&amp;U)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../merchant_app/gui/widgets.py" line="149"/>
        <location filename="../../merchant_app/gui/widgets.py" line="150"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OnTheSpotApprovalDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="239"/>
        <source>Approve at this desk</source>
        <translation>在此工作台审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="243"/>
        <source>Someone who may approve this request can do it here with their own login and password. The person signed in on this desk stays signed in.</source>
        <translation>有权审批此申请的人可以在这里用自己的登录名和密码进行审批。当前在此工作台登录的人员保持登录状态。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="251"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="258"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="260"/>
        <source>Approver &amp;login:</source>
        <translation>审批人登录名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="261"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="262"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/approvals.py" line="272"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="67"/>
        <source>The Owner&apos;s account</source>
        <translation>店主账号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="70"/>
        <source>The Owner can do everything, including adding staff. The password is kept in this computer&apos;s keyring, never in the shop&apos;s database.</source>
        <translation>店主拥有全部权限，包括添加员工。密码保存在本机的系统密钥环中，绝不会存入店铺数据库。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="78"/>
        <source>for example: anna</source>
        <translation>例如：anna</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="81"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="82"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="83"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="84"/>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="96"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="19"/>
        <source>Enter orders and take payments</source>
        <translation>录入订单和收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="20"/>
        <source>Review orders (customer service)</source>
        <translation>审核订单（客服）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="21"/>
        <source>Modify orders before warehouse approval</source>
        <translation>在仓库审核前修改订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="22"/>
        <source>Cancel orders</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="23"/>
        <source>Approve order changes after review</source>
        <translation>审核后批准订单修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="24"/>
        <source>Approve orders for the warehouse</source>
        <translation>批准订单交由仓库处理</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="25"/>
        <source>Pick, pack, label and ship</source>
        <translation>拣货、打包、贴标和发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="26"/>
        <source>Receive goods and transfer stock</source>
        <translation>收货和库存调拨</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="27"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="28"/>
        <source>Approve stock adjustments above the threshold</source>
        <translation>批准超出限额的库存调整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="31"/>
        <source>Count stock</source>
        <translation>盘点库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="32"/>
        <source>Approve and apply stock counts</source>
        <translation>批准并应用盘点结果</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="33"/>
        <source>Edit products and categories</source>
        <translation>编辑商品和分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="34"/>
        <source>Approve delisting products</source>
        <translation>批准商品下架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="35"/>
        <source>Change prices</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="36"/>
        <source>Approve price changes</source>
        <translation>批准价格修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="37"/>
        <source>Look up members</source>
        <translation>查询会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="38"/>
        <source>Register and edit members</source>
        <translation>登记和编辑会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="39"/>
        <source>See members&apos; personal data</source>
        <translation>查看会员个人信息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="40"/>
        <source>Export and erase member data</source>
        <translation>导出和删除会员数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="41"/>
        <source>Take payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="42"/>
        <source>Issue refunds</source>
        <translation>办理退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="43"/>
        <source>Approve refunds above the threshold</source>
        <translation>批准超出限额的退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="44"/>
        <source>End-of-day settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="45"/>
        <source>Handle after-sales and tickets</source>
        <translation>处理售后和服务工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="46"/>
        <source>Print labels and documents</source>
        <translation>打印标签和单据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="47"/>
        <source>See reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="48"/>
        <source>See cost and margin figures</source>
        <translation>查看成本和毛利数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="49"/>
        <source>Make and restore backups</source>
        <translation>备份和恢复数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="50"/>
        <source>Create users, reset passwords, unlock, issue enrolment codes</source>
        <translation>创建用户、重置密码、解锁账号、发放注册码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="53"/>
        <source>Edit roles and approve role changes</source>
        <translation>编辑角色和批准角色变更</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="54"/>
        <source>See, verify and export the audit trail</source>
        <translation>查看、校验和导出审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="55"/>
        <source>Change shop settings</source>
        <translation>修改店铺设置</translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="66"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="66"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="66"/>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="66"/>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="66"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="75"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="75"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="107"/>
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="107"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="118"/>
        <source>(no category)</source>
        <translation>（无分类）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="123"/>
        <source>EAN-13, UPC-A or internal codes, comma-separated</source>
        <translation>EAN-13、UPC-A 或内部编码，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="125"/>
        <source>&amp;Generate in-store code</source>
        <translation>生成店内条码(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="136"/>
        <source>e.g. 13</source>
        <translation>例如 13</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="143"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="143"/>
        <source>Listed</source>
        <translation>已上架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="147"/>
        <source>Allow selling when out of stock</source>
        <translation>允许缺货时销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="151"/>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="152"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="153"/>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="154"/>
        <source>&amp;Barcodes:</source>
        <translation>条码(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="155"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="156"/>
        <source>Selling &amp;price:</source>
        <translation>售价(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="157"/>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="158"/>
        <source>&amp;Tax rate (%):</source>
        <translation>税率 (%)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="159"/>
        <source>&amp;Weight:</source>
        <translation>重量(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="160"/>
        <source>Size (L × W × H):</source>
        <translation>尺寸（长 × 宽 × 高）:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="161"/>
        <source>Listing &amp;status:</source>
        <translation>上架状态(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="162"/>
        <source>&amp;Reorder point:</source>
        <translation>补货点(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="163"/>
        <source>Reorder &amp;quantity:</source>
        <translation>补货量(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="165"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="180"/>
        <source>Request &amp;delisting…</source>
        <translation>申请下架(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="190"/>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="199"/>
        <source>Save the product first.</source>
        <translation>请先保存商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="224"/>
        <source>New in-store code {code} given to this product.</source>
        <translation>已为此商品生成店内条码 {code}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="230"/>
        <source>Request delisting</source>
        <translation>申请下架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="230"/>
        <source>Why should this product be delisted?</source>
        <translation>为什么要下架此商品？</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="242"/>
        <source>The product is delisted.</source>
        <translation>商品已下架。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="244"/>
        <source>The delisting waits for a manager&apos;s approval.</source>
        <translation>下架申请正在等待店长审批。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="263"/>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="284"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="311"/>
        <source>Selling price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="312"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/product_editor.py" line="334"/>
        <source>The price change waits for a manager&apos;s approval.</source>
        <translation>价格修改需等待店长审批。</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="59"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="60"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="61"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="62"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="63"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="64"/>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="105"/>
        <source>Search by name, SKU or barcode (Ctrl+F)</source>
        <translation>按名称、SKU 或条码搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="107"/>
        <source>Search products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="110"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="113"/>
        <source>Listing status</source>
        <translation>上架状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="114"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="118"/>
        <source>&amp;Low stock only</source>
        <translation>仅显示低库存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="157"/>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="242"/>
        <source>{n}+ products shown; scroll for more</source>
        <translation>已显示 {n}+ 个商品；滚动查看更多</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/inventory/products.py" line="244"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseLinesModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="111"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="112"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="113"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="114"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="115"/>
        <source>Still due</source>
        <translation>待收</translation>
    </message>
</context>
<context>
    <name>PurchaseOrdersModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="78"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="79"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="80"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="82"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="83"/>
        <source>Received / ordered</source>
        <translation>已收 / 订购</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="256"/>
        <source>Receive {number}</source>
        <translation>收货 {number}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="259"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {supplier} · to {location}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {supplier} · 收至 {location}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="269"/>
        <source>Scan each item, or type the quantities.</source>
        <translation>逐件扫码，或直接输入数量。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="277"/>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="279"/>
        <source>Scan, or type a barcode or SKU and press Enter</source>
        <translation>扫码，或输入条码或 SKU 后按回车</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="280"/>
        <source>Barcode or SKU</source>
        <translation>条码或 SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="284"/>
        <source>Receive &amp;all due</source>
        <translation>收取全部待收(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="301"/>
        <source>Type a quantity in “Receiving now” to change it</source>
        <translation>在“本次收货”中输入数量即可修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="309"/>
        <source>&amp;Receive</source>
        <translation>收货(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="331"/>
        <source>{code} is not on {number}: set the item aside.</source>
        <translation>{code} 不在 {number} 中：请将该商品放到一边。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="342"/>
        <source>{name} ({sku}): receiving {n}, but only {due} still due.</source>
        <translation>{name}（{sku}）：本次收货 {n}，但待收仅 {due}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="349"/>
        <source>{name} ({sku}): receiving {n} of {due} due.</source>
        <translation>{name}（{sku}）：本次收货 {n} / 待收 {due}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="360"/>
        <source>Nothing to receive yet.</source>
        <translation>尚无收货内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="383"/>
        <source>Receiving {units} units on {lines} of {all} lines.</source>
        <translation>本次收货 {units} 件，涉及 {lines} 行（共 {all} 行）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="396"/>
        <source>Everything still due is entered.</source>
        <translation>所有待收商品均已录入。</translation>
    </message>
</context>
<context>
    <name>ReceiveModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="158"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="159"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="160"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="161"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="162"/>
        <source>Still due</source>
        <translation>待收</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="163"/>
        <source>Receiving now</source>
        <translation>本次收货</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="414"/>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="511"/>
        <source>Select a purchase order.</source>
        <translation>请选择一个采购单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="417"/>
        <source>P&amp;lace order</source>
        <translation>下单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="418"/>
        <source>Send a draft to the supplier: it can be received</source>
        <translation>将草稿发送给供应商：之后即可收货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="419"/>
        <source>Recei&amp;ve…</source>
        <translation>收货(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="420"/>
        <source>Receive goods against this order by scanning</source>
        <translation>扫码收取此采购单的货物</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="428"/>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="443"/>
        <source>Open purchase orders</source>
        <translation>未完成的采购单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="437"/>
        <source>Lines of the selected purchase order</source>
        <translation>所选采购单的明细</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="444"/>
        <source>Lines of the selected order</source>
        <translation>所选采购单的明细</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="517"/>
        <source>{number} · {supplier} · {status} · {due} units still due</source>
        <translation>{number} · {supplier} · {status} · 待收 {due} 件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="542"/>
        <source>Select a purchase order before scanning.</source>
        <translation>扫码前请先选择一个采购单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="549"/>
        <source>{code} is not on {number}.</source>
        <translation>{code} 不在 {number} 中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="581"/>
        <source>{number} is placed and can be received.</source>
        <translation>{number} 已下单，可以收货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/receiving.py" line="610"/>
        <source>Received {units} units on {number}. Status: {status}.</source>
        <translation>{number} 已收货 {units} 件。状态：{status}。</translation>
    </message>
</context>
<context>
    <name>ReplenishmentModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="38"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="40"/>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="41"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="42"/>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="43"/>
        <source>Suggested</source>
        <translation>建议补货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="44"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>ReplenishmentPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="75"/>
        <source>Loc&amp;ation:</source>
        <translation>位置(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="77"/>
        <source>Location to replenish</source>
        <translation>要补货的位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="81"/>
        <source>&amp;Draft purchase orders</source>
        <translation>生成采购单草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="83"/>
        <source>One draft purchase order per supplier for the selected products</source>
        <translation>为所选商品按供应商各生成一张采购单草稿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="90"/>
        <source>Products to reorder</source>
        <translation>需补货的商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="111"/>
        <source>All locations</source>
        <translation>所有位置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="143"/>
        <source>%n product(s) at or below the reorder point</source>
        <translation>
            <numerusform>%n 个商品处于或低于补货点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="145"/>
        <source>No product is at or below its reorder point.</source>
        <translation>没有商品处于或低于补货点。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="171"/>
        <source>Drafted %n purchase order(s): {numbers}. Check and place them on the Receiving tab.</source>
        <translation>
            <numerusform>已生成 %n 张采购单草稿：{numbers}。请在“收货”标签页中核对并下单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/replenishment_panel.py" line="180"/>
        <source>Nothing drafted: the selected products need no reorder.</source>
        <translation>未生成草稿：所选商品无需补货。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="318"/>
        <source>Reset password on this desk</source>
        <translation>在此工作台重置密码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="321"/>
        <source>Choose a new password for {name} ({login}). It is stored in this desk&apos;s keyring only; on other desks they keep their password or enrol with a code.</source>
        <translation>为 {name}（{login}）设置新密码。新密码只保存在本工作台的密钥环中；在其他工作台上，他们仍使用原密码，或通过注册码注册。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="331"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="335"/>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="336"/>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="338"/>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RolesScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="191"/>
        <source>&amp;New role</source>
        <translation>新建角色(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="194"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="197"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="200"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="206"/>
        <source>R&amp;oles:</source>
        <translation>角色(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="225"/>
        <source>What people with this role do</source>
        <translation>拥有此角色的人员负责的工作</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="229"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="232"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="240"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="240"/>
        <source>Technical name</source>
        <translation>技术名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="249"/>
        <source>&amp;Permissions:</source>
        <translation>权限(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="255"/>
        <source>● Unsaved changes</source>
        <translation>● 有未保存的更改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="89"/>
        <location filename="../../merchant_app/gui/screens/roles.py" line="275"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="75"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="76"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="77"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="78"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="79"/>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="80"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="81"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="82"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="83"/>
        <source>Settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="84"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="85"/>
        <source>Labels and documents</source>
        <translation>标签和单据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="86"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="87"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="88"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="90"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="91"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="93"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="415"/>
        <location filename="../../merchant_app/gui/screens/roles.py" line="459"/>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="424"/>
        <source>A built-in role keeps its name</source>
        <translation>内置角色不能改名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="434"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="437"/>
        <source>Users with this role: {n}. Changes apply at their next action.</source>
        <translation>拥有此角色的用户：{n}。更改将在他们下一次操作时生效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="457"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="458"/>
        <source>The role “{name}” has unsaved changes. Save them?</source>
        <translation>角色“{name}”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="488"/>
        <source>The role “{name}” has been saved.</source>
        <translation>角色“{name}”已保存。</translation>
    </message>
</context>
<context>
    <name>RolesTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="125"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="125"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="125"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="132"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="132"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="145"/>
        <source>Ships with the app; its permissions can be changed, not its name</source>
        <translation>随程序提供；可以修改其权限，但不能修改其名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="148"/>
        <source>Permissions: {permissions} · Users: {users}</source>
        <translation>权限：{permissions} · 用户：{users}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="51"/>
        <source>This desk</source>
        <translation>本工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="57"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="60"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="61"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="62"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="66"/>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="69"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="73"/>
        <source>Only staff who may change shop settings can set this.</source>
        <translation>只有有权修改店铺设置的员工才能设置此项。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="74"/>
        <source>Lock the desk after &amp;idle time:</source>
        <translation>空闲多久后锁定工作台(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="78"/>
        <source>Where the shop lives</source>
        <translation>店铺数据存放位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="82"/>
        <source>OS keyring</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="83"/>
        <source>memory (demo shop)</source>
        <translation>内存（演示店铺）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="84"/>
        <source>memory (tests)</source>
        <translation>内存（测试）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="87"/>
        <source>Shop:</source>
        <translation>店铺:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="88"/>
        <source>Desk:</source>
        <translation>工作台:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="89"/>
        <source>Database:</source>
        <translation>数据库:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="90"/>
        <source>Data folder:</source>
        <translation>数据文件夹:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="91"/>
        <source>Passwords kept in:</source>
        <translation>密码保存在:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="108"/>
        <source>Shop rules (all desks)</source>
        <translation>店铺规则（所有工作台）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="113"/>
        <source>Delist a product automatically when its stock reaches zero</source>
        <translation>库存为零时自动下架商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="115"/>
        <source>Price changes need a manager&apos;s approval</source>
        <translation>改价需要店长审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="118"/>
        <source> units</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="121"/>
        <source>Stock adjustments above this need approval:</source>
        <translation>超过此数量的库存调整需要审批:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="122"/>
        <source>Save shop &amp;rules</source>
        <translation>保存店铺规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="157"/>
        <source>Shop rules saved.</source>
        <translation>店铺规则已保存。</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="37"/>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="39"/>
        <source>This is printed on receipts and labels; you can change it later.</source>
        <translation>此名称将打印在小票和标签上，之后可以修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="52"/>
        <source>Shop &amp;name:</source>
        <translation>店铺名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="53"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="54"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="55"/>
        <source>&amp;Dates and numbers:</source>
        <translation>日期和数字格式(&amp;D):</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="112"/>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="167"/>
        <source>No product selected</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="121"/>
        <source>&amp;Edit product…</source>
        <translation>编辑商品(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="122"/>
        <source>&amp;Adjust stock…</source>
        <translation>调整库存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="123"/>
        <source>&amp;Transfer…</source>
        <translation>调拨(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="135"/>
        <source>Stock by location</source>
        <translation>各位置库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="148"/>
        <source>Move history</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/stock_panel.py" line="174"/>
        <source>SKU {sku} · on hand {on_hand} · sellable {sellable}</source>
        <translation>SKU {sku} · 在库 {on_hand} · 可售 {sellable}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="330"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="331"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="333"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="134"/>
        <source>Transfer stock</source>
        <translation>库存调拨</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="144"/>
        <source>&amp;From:</source>
        <translation>调出(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="145"/>
        <source>&amp;To:</source>
        <translation>调入(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="146"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="147"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/dialogs.py" line="164"/>
        <source>Transferred {n} units.</source>
        <translation>已调拨 {n} 件。</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="521"/>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="524"/>
        <source>Change &amp;role…</source>
        <translation>变更角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="527"/>
        <location filename="../../merchant_app/gui/screens/users.py" line="638"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="530"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="533"/>
        <source>Reset &amp;password on this desk…</source>
        <translation>在此工作台重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="536"/>
        <source>Issue &amp;enrolment code…</source>
        <translation>发放注册码(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="539"/>
        <source>A single-use code with which the user sets a password on another desk</source>
        <translation>一次性代码，用户可凭此在另一个工作台上设置密码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="542"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="555"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="636"/>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/users.py" line="645"/>
        <source>Users: %n</source>
        <translation>
            <numerusform>用户数：%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="681"/>
        <source>{login} can now sign in on this desk. To let them use another desk, issue an enrolment code.</source>
        <translation>{login} 现在可以在此工作台登录。如需让其使用其他工作台，请发放注册码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="685"/>
        <source>Issue enrolment code…</source>
        <translation>发放注册码…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="704"/>
        <source>{login} now has the role “{role}”.</source>
        <translation>{login} 的角色已变更为“{role}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="712"/>
        <source>The change of {login} to “{role}” is waiting for approval by someone who may change roles. A manager can approve now at this desk.</source>
        <translation>将 {login} 变更为“{role}”的申请正在等待有权变更角色的人员审批。店长可以立即在此工作台审批。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="716"/>
        <source>Approve at this desk…</source>
        <translation>在此工作台审批…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="731"/>
        <source>{approver} approved: {summary}</source>
        <translation>{approver} 已批准：{summary}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="743"/>
        <source>Deactivate {name} ({login})? They are signed out of every desk at their next action and can no longer sign in. You can reactivate them later.</source>
        <translation>停用 {name}（{login}）？其将在下一次操作时从所有工作台退出登录，且无法再登录。您之后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="746"/>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="748"/>
        <source>Reactivate {name} ({login})? They can sign in again.</source>
        <translation>重新启用 {name}（{login}）？其将可以再次登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="749"/>
        <source>Reactivate user</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="766"/>
        <source>{login} has been reactivated.</source>
        <translation>{login} 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="768"/>
        <source>{login} has been deactivated and can no longer sign in.</source>
        <translation>{login} 已停用，无法再登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="783"/>
        <source>{login} is unlocked and can try to sign in again.</source>
        <translation>{login} 已解锁，可以再次尝试登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="797"/>
        <source>The password of {login} on this desk has been changed.</source>
        <translation>{login} 在此工作台的密码已修改。</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="67"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="69"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="71"/>
        <location filename="../../merchant_app/gui/screens/users.py" line="88"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="72"/>
        <source>Failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="75"/>
        <source>Failed sign-in attempts in a row since the last good one</source>
        <translation>自上次成功登录以来连续登录失败的次数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="86"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="86"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="93"/>
        <source>{login}, created {time}</source>
        <translation>{login}，创建于 {time}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="97"/>
        <source>Deactivated: cannot sign in on any desk</source>
        <translation>已停用：无法在任何工作台登录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/users.py" line="99"/>
        <source>Locked after too many failed attempts; use Unlock</source>
        <translation>因失败次数过多已锁定；请使用“解锁”</translation>
    </message>
</context>
<context>
    <name>VarianceModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="51"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="53"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="54"/>
        <source>Moved since</source>
        <translation>期间变动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="55"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="56"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/inventory/counts.py" line="57"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
</context>
</TS>
