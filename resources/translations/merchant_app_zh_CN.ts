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
    <name>AfterSales</name>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="80"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="81"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="82"/>
        <location filename="../../merchant_app/services/aftersales.py" line="104"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="83"/>
        <location filename="../../merchant_app/services/aftersales.py" line="111"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="84"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="85"/>
        <source>Delivery exception</source>
        <translation>物流异常</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="89"/>
        <source>Lost</source>
        <translation>丢件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="90"/>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="91"/>
        <source>Wrong address</source>
        <translation>地址错误</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="92"/>
        <source>Late</source>
        <translation>延误</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="96"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="97"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="98"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="102"/>
        <source>Back to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="103"/>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="109"/>
        <source>Nothing more</source>
        <translation>无需其他处理</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="110"/>
        <source>Reship (replacement order)</source>
        <translation>补发（生成补发订单）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="112"/>
        <source>Compensate</source>
        <translation>补偿</translation>
    </message>
</context>
<context>
    <name>AfterSalesPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="485"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="486"/>
        <source>&amp;New case…</source>
        <translation>新建售后单(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="492"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="494"/>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="495"/>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="501"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="499"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="513"/>
        <source>After-sales cases</source>
        <translation>售后单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="533"/>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="623"/>
        <source>Select a case.</source>
        <translation>请选择一个售后单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="540"/>
        <source>Add a note to the case</source>
        <translation>为售后单添加备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="541"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="542"/>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="547"/>
        <source>Start &amp;work</source>
        <translation>开始处理(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="548"/>
        <source>Back to &amp;open</source>
        <translation>退回待处理(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="549"/>
        <source>&amp;Close case…</source>
        <translation>关闭售后单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="631"/>
        <source>&lt;h3&gt;{number} · {kind}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{number} · {kind}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="634"/>
        <source>Order &lt;b&gt;{order}&lt;/b&gt; · {status} · opened {at} by {who}</source>
        <translation>订单 &lt;b&gt;{order}&lt;/b&gt; · {status} · {who} 创建于 {at}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="640"/>
        <source>&lt;p&gt;&lt;b&gt;Reason:&lt;/b&gt; {reason}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;原因：&lt;/b&gt;{reason}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="648"/>
        <source>&lt;p&gt;&lt;b&gt;Goods:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;商品：&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="651"/>
        <source>Refunded {amount} by {method}</source>
        <translation>已退款 {amount}（{method}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="653"/>
        <source>Compensated {amount} by {method}</source>
        <translation>已补偿 {amount}（{method}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="667"/>
        <source>&lt;p&gt;Replacement order: &lt;b&gt;{number}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;补发订单：&lt;b&gt;{number}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="673"/>
        <source>&lt;p&gt;&lt;b&gt;Resolution:&lt;/b&gt; {text} ({who}, {at})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;处理结果：&lt;/b&gt;{text}（{who}，{at}）&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="686"/>
        <source>&lt;p&gt;&lt;b&gt;Notes:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;备注：&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="732"/>
        <source>Case {number} is open for order {order}.</source>
        <translation>已为订单 {order} 创建售后单 {number}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="736"/>
        <source>Replacement order {number} waits for review.</source>
        <translation>补发订单 {number} 等待审核。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="794"/>
        <source>Case {number} is closed.</source>
        <translation>售后单 {number} 已关闭。</translation>
    </message>
</context>
<context>
    <name>AnyDateEdit</name>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="428"/>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="100"/>
        <source>demo shop: passwords kept in memory, not in an OS keyring</source>
        <translation>演示店铺：密码保存在内存中，而非系统密钥环</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="104"/>
        <source>test keyring in memory</source>
        <translation>测试密钥环（内存）</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="197"/>
        <source>No keyring</source>
        <translation>无密钥环</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="199"/>
        <source>The shop cannot be opened</source>
        <translation>无法打开店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="242"/>
        <source>This desk has joined the shop. Staff enrol here with the enrolment code the Owner gives them: “Enrol on this desk…”.</source>
        <translation>此工作台已加入店铺。员工使用店主提供的注册码在此注册：“在此工作台注册…”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="260"/>
        <source>Joining the shop…</source>
        <translation>正在加入店铺…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="267"/>
        <source>One moment</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="268"/>
        <source>The shop&apos;s database is still being prepared.</source>
        <translation>店铺数据库仍在准备中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="300"/>
        <source>Creating the shop…</source>
        <translation>正在创建店铺…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="422"/>
        <source>No recovery kit has been made for this shop yet. Without it, a backup cannot be restored on a new computer with its member records.</source>
        <translation>本店尚未制作恢复包。没有恢复包，就无法在新电脑上恢复包含会员记录的备份。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/app.py" line="425"/>
        <source>Make a recovery kit…</source>
        <translation>制作恢复包…</translation>
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
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="104"/>
        <source>After-sales case closed</source>
        <translation>售后单已关闭</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="105"/>
        <source>After-sales case opened</source>
        <translation>售后单已创建</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="106"/>
        <source>Backup made</source>
        <translation>已创建备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="107"/>
        <source>Old backups removed</source>
        <translation>已删除旧备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="108"/>
        <source>Backup restored</source>
        <translation>已恢复备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="109"/>
        <source>Restore undone</source>
        <translation>已撤销恢复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="110"/>
        <source>Backup checked</source>
        <translation>已校验备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="111"/>
        <source>Category created</source>
        <translation>已创建分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="112"/>
        <source>Category deleted</source>
        <translation>已删除分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="113"/>
        <source>Category moved</source>
        <translation>已移动分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="114"/>
        <source>Category renamed</source>
        <translation>已重命名分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="115"/>
        <source>Delivery methods changed</source>
        <translation>已更改配送方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="116"/>
        <source>Desk pointed at a server</source>
        <translation>工作台已指向服务器</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="117"/>
        <source>Desk set-up bundle exported</source>
        <translation>已导出工作台配置包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="120"/>
        <source>Desk joined with a set-up bundle</source>
        <translation>工作台已通过配置包加入</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="123"/>
        <source>Label layout copied</source>
        <translation>已复制标签版式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="124"/>
        <source>Default shipping label layout set</source>
        <translation>已设置默认快递面单版式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="127"/>
        <source>Label layout deleted</source>
        <translation>已删除标签版式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="128"/>
        <source>Label layout saved</source>
        <translation>已保存标签版式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="129"/>
        <source>Label printer removed</source>
        <translation>已移除标签打印机</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="130"/>
        <source>Label printer saved</source>
        <translation>已保存标签打印机</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="131"/>
        <source>Location created</source>
        <translation>已创建库位</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="132"/>
        <source>Member erased</source>
        <translation>已删除会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="133"/>
        <source>Members exported</source>
        <translation>已导出会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="134"/>
        <source>Member data key exported</source>
        <translation>已导出会员数据密钥</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="135"/>
        <source>Member data key installed</source>
        <translation>已安装会员数据密钥</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="138"/>
        <source>Points adjusted</source>
        <translation>已调整积分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="139"/>
        <source>Points turned into a coupon</source>
        <translation>积分已兑换为优惠券</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="142"/>
        <source>Member registered</source>
        <translation>已注册会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="143"/>
        <source>Member segment exported</source>
        <translation>已导出会员分群</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="146"/>
        <source>Member changed</source>
        <translation>已修改会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="147"/>
        <source>Member contact details viewed</source>
        <translation>已查看会员联系方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="150"/>
        <source>Order cancelled</source>
        <translation>已取消订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="151"/>
        <source>Compensation paid</source>
        <translation>已支付补偿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="152"/>
        <source>Discount below the floor approved</source>
        <translation>已批准低于底线的折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="155"/>
        <source>Orders imported</source>
        <translation>已导入订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="156"/>
        <source>Order changed</source>
        <translation>已修改订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="157"/>
        <source>Refund issued</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="158"/>
        <source>Barcode added</source>
        <translation>已添加条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="159"/>
        <source>Barcode removed</source>
        <translation>已移除条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="160"/>
        <source>Product created</source>
        <translation>已创建商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="161"/>
        <source>Product delisted</source>
        <translation>已下架商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="162"/>
        <source>Product delisted at zero stock</source>
        <translation>库存为零时已下架商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="165"/>
        <source>Products exported</source>
        <translation>已导出商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="166"/>
        <source>Products imported</source>
        <translation>已导入商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="167"/>
        <source>Price changed</source>
        <translation>已改价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="168"/>
        <source>Product status changed</source>
        <translation>已更改商品状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="169"/>
        <source>Product changed</source>
        <translation>已修改商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="170"/>
        <source>Promotion created</source>
        <translation>已创建促销</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="171"/>
        <source>Promotion changed</source>
        <translation>已修改促销</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="172"/>
        <source>Purchase order drafted</source>
        <translation>已起草采购单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="175"/>
        <source>Purchase order placed</source>
        <translation>已下采购单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="176"/>
        <source>Recovery kit made</source>
        <translation>已制作恢复包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="177"/>
        <source>Recovery kit imported</source>
        <translation>已导入恢复包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="178"/>
        <source>Report exported</source>
        <translation>已导出报表</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="179"/>
        <source>Inventory rules changed</source>
        <translation>已更改库存规则</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="182"/>
        <source>Member segments changed</source>
        <translation>已更改会员分群</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="185"/>
        <source>Member tiers changed</source>
        <translation>已更改会员等级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="186"/>
        <source>Order rules changed</source>
        <translation>已更改订单规则</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="187"/>
        <source>Points rules changed</source>
        <translation>已更改积分规则</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="188"/>
        <source>Order timeliness targets changed</source>
        <translation>已更改订单时效目标</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="191"/>
        <source>End-of-day settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="192"/>
        <source>Stock adjusted</source>
        <translation>已调整库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="193"/>
        <source>Stock count applied</source>
        <translation>已应用盘点结果</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="194"/>
        <source>Stock count started</source>
        <translation>已开始盘点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="195"/>
        <source>Goods received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="196"/>
        <source>Stock transferred</source>
        <translation>已调拨库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="197"/>
        <source>Supplier created</source>
        <translation>已创建供应商</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="198"/>
        <source>Supplier changed</source>
        <translation>已修改供应商</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="199"/>
        <source>Sync conflict resolved</source>
        <translation>同步冲突已解决</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="202"/>
        <source>Service ticket opened</source>
        <translation>已创建服务工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="203"/>
        <source>Service ticket reopened</source>
        <translation>已重新打开服务工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="204"/>
        <source>Service ticket resolved</source>
        <translation>已解决服务工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="205"/>
        <source>Service ticket changed</source>
        <translation>已修改服务工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="226"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="228"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="493"/>
        <source>Action, target or details</source>
        <translation>操作、对象或详情</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="496"/>
        <source>Any user</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="500"/>
        <source>Entries on or after this day</source>
        <translation>该日及之后的记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="501"/>
        <source>Entries on or before this day</source>
        <translation>该日及之前的记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="507"/>
        <source>&amp;Verify chain</source>
        <translation>校验日志链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="510"/>
        <source>Check that no entry was changed or deleted since it was written</source>
        <translation>检查记录写入后是否被修改或删除</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="513"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="515"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="518"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="520"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="535"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="546"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="547"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="548"/>
        <source>Fr&amp;om:</source>
        <translation>从(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="549"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="646"/>
        <source>Showing the newest %n entries; scroll down for older ones.</source>
        <translation>
            <numerusform>显示最新的 %n 条记录；向下滚动查看更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="648"/>
        <source>Entries: %n</source>
        <translation>
            <numerusform>记录数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="662"/>
        <source>Intact: %n entries</source>
        <translation>
            <numerusform>完好：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="669"/>
        <source>Broken at entry {seq}: {problem}</source>
        <translation>在第 {seq} 条记录处断开：{problem}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="681"/>
        <source>Export audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="681"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="699"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="700"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="706"/>
        <source>The audit trail was exported to {path}.</source>
        <translation>审计日志已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="355"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="356"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="357"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="358"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="359"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="360"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="361"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="364"/>
        <source>Position in the chain</source>
        <translation>在日志链中的位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/audit_log.py" line="371"/>
        <source>This desk</source>
        <translation>本工作台</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="735"/>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="117"/>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="119"/>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="120"/>
        <source>Not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="126"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="128"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="135"/>
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="136"/>
        <source>Dumping the database…</source>
        <translation>正在转储数据库…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="137"/>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="138"/>
        <source>Checking the copy…</source>
        <translation>正在检查副本…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="139"/>
        <source>Counting rows…</source>
        <translation>正在统计行数…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="140"/>
        <source>Computing the checksum…</source>
        <translation>正在计算校验和…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="141"/>
        <source>Verifying the backup…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="142"/>
        <source>Keeping the current data…</source>
        <translation>正在保留当前数据…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="143"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="144"/>
        <source>Opening the restored data…</source>
        <translation>正在打开恢复的数据…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="248"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="251"/>
        <source>A backup is a complete copy of the shop&apos;s data, checked after it is written. Keep them on another disk, a USB stick or a synced folder.</source>
        <translation>备份是店铺数据的完整副本，写入后会进行检查。请将备份保存在另一块磁盘、U 盘或同步文件夹中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="261"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="265"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="273"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="275"/>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="277"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="279"/>
        <source>&amp;Undo last restore…</source>
        <translation>撤销上次恢复(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="320"/>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="322"/>
        <source>Back up &amp;automatically every day</source>
        <translation>每天自动备份(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="329"/>
        <source>At the first chance &amp;after:</source>
        <translation>在此时间后尽早执行(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="340"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="341"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="342"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="348"/>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="354"/>
        <source>Manual backups are always kept, and so is the newest verified backup. Older daily backups are deleted from the folder.</source>
        <translation>手动备份始终保留，最新的已校验备份也会保留。较早的每日备份会从文件夹中删除。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="360"/>
        <source>&amp;Save schedule</source>
        <translation>保存计划(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="439"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>无法保存设置：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="508"/>
        <source>Folder for the backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="519"/>
        <source>The backup schedule was saved.</source>
        <translation>备份计划已保存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="533"/>
        <source>Backup {name} written and verified ({size}).</source>
        <translation>备份 {name} 已写入并通过校验（{size}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="539"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="563"/>
        <source>{name} is sound: it can be restored.</source>
        <translation>{name} 完好，可以恢复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="569"/>
        <source>{name} is damaged and cannot be restored:
{problems}</source>
        <translation>{name} 已损坏，无法恢复：
{problems}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="575"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="589"/>
        <source>Wait until the backup being made is finished.</source>
        <translation>请等待正在进行的备份完成。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="594"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="596"/>
        <source>Replace the shop&apos;s data with the backup of {shop} made {date}?

The backup is checked first. The current data is kept aside, so the restore can be undone. When it is done the app restarts and everyone signs in again; other desks must stop working until then.</source>
        <translation>要用 {shop} 于 {date} 创建的备份替换店铺数据吗？

系统会先检查备份。当前数据会另行保留，因此可以撤销恢复。完成后应用将重启，所有人需重新登录；在此之前其他工作台必须停止工作。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="615"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="616"/>
        <source>The backup was restored. The app now restarts to open the restored shop.</source>
        <translation>备份已恢复。应用现在将重启以打开恢复后的店铺。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="622"/>
        <source>Undo the last restore</source>
        <translation>撤销上次恢复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="624"/>
        <source>Put back the data the last restore replaced? The data in use now is kept aside. When it is done the app restarts and everyone signs in again.</source>
        <translation>要还原上次恢复所替换的数据吗？当前使用的数据会另行保留。完成后应用将重启，所有人需重新登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="639"/>
        <source>Putting the previous data back…</source>
        <translation>正在还原之前的数据…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="640"/>
        <source>The previous data is back. The app now restarts to open it.</source>
        <translation>之前的数据已还原。应用现在将重启以打开它。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="650"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="170"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="171"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="172"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="173"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/backups.py" line="174"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>BundlePassphraseDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="45"/>
        <source>Export desk set-up bundle</source>
        <translation>导出工作台配置包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="47"/>
        <source>The bundle lets a new computer join this shop without typing the server&apos;s password or the member data key. It is locked with a passphrase: choose one of at least 12 characters, and give it to the person setting up the new desk separately from the file (say it, do not send it with the file).</source>
        <translation>配置包可让新电脑加入本店，而无需输入服务器密码或会员数据密钥。配置包以口令加密：请设置至少 12 个字符的口令，并与文件分开交给设置新工作台的人（口头告知，不要随文件一起发送）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="57"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>重复口令(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="61"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="103"/>
        <source>Case</source>
        <translation>售后单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="104"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="105"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="106"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="107"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="108"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="109"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="110"/>
        <source>Money back</source>
        <translation>退还金额</translation>
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
    <name>ChartView</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/charts.py" line="243"/>
        <source>nothing in this period</source>
        <translation>此期间无数据</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="48"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="49"/>
        <source>Is this the shop&apos;s first computer, or does the shop exist?</source>
        <translation>这是店铺的第一台电脑，还是店铺已经存在？</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="51"/>
        <source>&amp;Create a new shop</source>
        <translation>创建新店铺(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="53"/>
        <source>&amp;Join an existing shop with a desk set-up bundle</source>
        <translation>使用工作台配置包加入现有店铺(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="55"/>
        <source>You become its Owner on this computer.</source>
        <translation>您将在这台电脑上成为店主。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="60"/>
        <source>The shop runs on a server and the Owner gave you a bundle file and its passphrase (Settings → Server on one of the shop&apos;s desks).</source>
        <translation>店铺运行在服务器上，且店主已给您配置包文件及其口令（在店铺任一工作台的“设置 → 服务器”中导出）。</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="390"/>
        <source>Close case {number}</source>
        <translation>关闭售后单 {number}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="400"/>
        <source>&amp;Resolution:</source>
        <translation>处理结果(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="411"/>
        <source>&amp;Also:</source>
        <translation>附加处理(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="413"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="418"/>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="420"/>
        <source>Leave empty to use the order&apos;s address</source>
        <translation>留空则使用订单地址</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="421"/>
        <source>Ship &amp;to:</source>
        <translation>收货地址(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="427"/>
        <source>&amp;Close case</source>
        <translation>关闭售后单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="461"/>
        <source>Write down how the case was resolved.</source>
        <translation>请填写售后单的处理结果。</translation>
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
        <source>The dashboard and the daily, weekly and monthly reports will be here.</source>
        <translation type="vanished">数据看板以及日报、周报和月报将在此处提供。</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="92"/>
        <source>Desk {desk} · {when}</source>
        <translation>工作台 {desk} · {when}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="106"/>
        <source>Open order</source>
        <translation>打开订单</translation>
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
    <name>CustomerBlock</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="40"/>
        <source>Customer (F4)</source>
        <translation>客户 (F4)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="46"/>
        <source>Name, phone or member card</source>
        <translation>姓名、电话或会员卡号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="47"/>
        <source>Find a member</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="49"/>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="57"/>
        <source>Remove member</source>
        <translation>移除会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="65"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="66"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="68"/>
        <source>Customer phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="69"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="71"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="71"/>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="71"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="121"/>
        <source>No member on this order.</source>
        <translation>此订单未关联会员。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="146"/>
        <source>Members are not set up yet: type the customer&apos;s name and phone below.</source>
        <translation>尚未启用会员功能：请在下方输入客户姓名和电话。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_customer.py" line="149"/>
        <source>No member matches “{text}”.</source>
        <translation>没有与“{text}”匹配的会员。</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="218"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="224"/>
        <source>&amp;Targets…</source>
        <translation>目标(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="226"/>
        <source>How soon orders should be reviewed, handed to the warehouse, packed, shipped</source>
        <translation>订单应在多长时间内审核、交给仓库、打包、发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="231"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="232"/>
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="263"/>
        <source>Click a day to see its orders</source>
        <translation>点击某一天查看其订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="267"/>
        <source>Click a product to see the best sellers</source>
        <translation>点击商品查看畅销品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="271"/>
        <source>Click a state to see its orders</source>
        <translation>点击某个状态查看其订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="284"/>
        <source>Double-click a state to see its orders</source>
        <translation>双击某个状态查看其订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="292"/>
        <source>Double-click a product to open it</source>
        <translation>双击商品将其打开</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="386"/>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="418"/>
        <source>vs {value}</source>
        <translation>对比 {value}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="429"/>
        <source>{part} of {whole} units</source>
        <translation>{part}/{whole} 件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="430"/>
        <source>{part} of {whole} members</source>
        <translation>{part}/{whole} 名会员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="436"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n 个超时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="436"/>
        <source>none late</source>
        <translation>无超时</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="438"/>
        <source>oldest {age}</source>
        <translation>最久 {age}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="444"/>
        <source>to reorder</source>
        <translation>待补货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="451"/>
        <source>{exact} of {lines} lines exact</source>
        <translation>{exact}/{lines} 行准确</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="456"/>
        <source>no count yet</source>
        <translation>尚未盘点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="461"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="463"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="503"/>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="504"/>
        <source>Late</source>
        <translation>延误</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="548"/>
        <source>(first {n} of {total})</source>
        <translation>（显示前 {n} 条，共 {total} 条）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/dashboard.py" line="662"/>
        <source>The targets were saved.</source>
        <translation>目标已保存。</translation>
    </message>
</context>
<context>
    <name>DashboardPeriodBar</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="104"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="111"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="112"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="113"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="114"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="115"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="116"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
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
    <name>Delivery</name>
    <message>
        <location filename="../../merchant_app/services/delivery.py" line="27"/>
        <source>Pickup</source>
        <translation>自提</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/delivery.py" line="28"/>
        <source>Own delivery</source>
        <translation>商家配送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/delivery.py" line="29"/>
        <source>Carrier</source>
        <translation>快递</translation>
    </message>
</context>
<context>
    <name>DeliveryBlock</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="45"/>
        <source>Delivery (F5)</source>
        <translation>配送 (F5)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="53"/>
        <source>Delivery method</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="55"/>
        <source>Payment terms</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="59"/>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="62"/>
        <source>Same as the customer</source>
        <translation>同客户信息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="60"/>
        <source>Recipient name</source>
        <translation>收货人姓名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="63"/>
        <source>Recipient phone</source>
        <translation>收货人电话</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="67"/>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="68"/>
        <source>Street, building, city</source>
        <translation>街道、楼栋、城市</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="73"/>
        <source>Delivery zone</source>
        <translation>配送区域</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="74"/>
        <source>&amp;Insured</source>
        <translation>保价(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="80"/>
        <source>By the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="81"/>
        <source>Shipping fee typed over the rules</source>
        <translation>手动输入的运费（覆盖规则）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="83"/>
        <source>Note for the warehouse</source>
        <translation>给仓库的备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="90"/>
        <source>&amp;Method:</source>
        <translation>配送方式(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="92"/>
        <source>&amp;Terms:</source>
        <translation>结算方式(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="94"/>
        <source>Reci&amp;pient:</source>
        <translation>收货人(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="96"/>
        <source>Phone:</source>
        <translation>电话:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="98"/>
        <source>Addre&amp;ss:</source>
        <translation>地址(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="100"/>
        <source>&amp;Zone:</source>
        <translation>区域(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="103"/>
        <source>Fee:</source>
        <translation>运费:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="105"/>
        <source>O&amp;verride:</source>
        <translation>手动运费(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="107"/>
        <source>&amp;Warehouse note:</source>
        <translation>仓库备注(&amp;W):</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="216"/>
        <source>The server cannot be reached. This desk keeps taking orders, payments and members; they are sent when the server is back. Points earned now are provisional.</source>
        <translation>无法连接服务器。此工作台仍可继续开单、收款和登记会员，服务器恢复后会自动发送。现在获得的积分为暂定积分。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="224"/>
        <source>The server is back.</source>
        <translation>服务器已恢复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="230"/>
        <source>The server is back: {n} items made offline were sent.</source>
        <translation>服务器已恢复：已发送离线期间产生的 {n} 项。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../merchant_app/printing/documents.py" line="143"/>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="290"/>
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
    <message>
        <location filename="../../merchant_app/services/order_documents.py" line="176"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/packing.py" line="428"/>
        <source>Shipping label {number}</source>
        <translation>快递面单 {number}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/packing.py" line="508"/>
        <source>{count} orders · {when}</source>
        <translation>{count} 个订单 · {when}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/packing.py" line="529"/>
        <source>Shipping labels</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/settlement.py" line="376"/>
        <source>End-of-day settlement {number}</source>
        <translation>日结单 {number}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/settlement.py" line="378"/>
        <source>Business day {day} · desk {desk} · {time}</source>
        <translation>营业日 {day} · 工作台 {desk} · {time}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="163"/>
        <source>Recovery kit</source>
        <translation>恢复包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="165"/>
        <source>Shop id</source>
        <translation>店铺 ID</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="166"/>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="167"/>
        <source>Made by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="169"/>
        <source>Owner sign-ins in this kit</source>
        <translation>本恢复包包含的店主登录账号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="170"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="189"/>
        <source>Keep this sheet somewhere safe, and keep the passphrase apart from it (the passphrase is not printed here). Anyone who has both can read the shop&apos;s member records. Without the passphrase this kit cannot be opened by anyone, including us.</source>
        <translation>请将本页妥善保管，并将口令与其分开存放（口令未打印在本页上）。同时持有二者的人可以读取本店的会员资料。没有口令，任何人（包括我们）都无法打开此恢复包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="223"/>
        <source>Install the app on the new computer and restore the shop&apos;s latest backup (Settings → Backups, or: merchant-app backup restore FILE).</source>
        <translation>在新电脑上安装本程序，并恢复本店最新的备份（设置 → 备份，或：merchant-app backup restore FILE）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="228"/>
        <source>Start the app. At the sign-in window choose “Import recovery kit” (the app offers it when this computer has none of the shop&apos;s keys).</source>
        <translation>启动程序。在登录窗口中选择“导入恢复包”（当这台电脑上没有本店的任何密钥时，程序会提供此选项）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="233"/>
        <source>Scan the QR code above, or type the text below: only the letters and digits, not the small grey line numbers. Spaces and line breaks do not matter.</source>
        <translation>扫描上方的 QR 码，或输入下方的文字：只输入字母和数字，不要输入灰色的小号行号。空格和换行不影响结果。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="238"/>
        <source>Enter the kit&apos;s passphrase. The member records can be read again, and the Owners listed above sign in with the password they had when this kit was made.</source>
        <translation>输入恢复包的口令。会员资料即可重新读取，上方列出的店主可使用制作此恢复包时的密码登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="243"/>
        <source>Other staff enrol on the new computer with codes the Owner issues there.</source>
        <translation>其他员工在新电脑上使用店主在该电脑上发放的注册码进行注册。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="249"/>
        <source>To restore on a new computer</source>
        <translation>在新电脑上恢复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="255"/>
        <source>Make a new kit when an Owner changes their password or a new Owner is added; destroy the old sheet.</source>
        <translation>店主修改密码或新增店主时，请重新制作恢复包，并销毁旧的纸页。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/recovery_kit_pdf.py" line="268"/>
        <source>The kit as text</source>
        <translation>恢复包文本</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/drill.py" line="72"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/drill.py" line="97"/>
        <source>The first {n} rows are shown.</source>
        <translation>仅显示前 {n} 行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/reports/drill.py" line="99"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/drill.py" line="101"/>
        <source>Double-click a row to open it.</source>
        <translation>双击某行即可打开。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/drill.py" line="162"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
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
        <location filename="../../merchant_app/cli.py" line="162"/>
        <location filename="../../merchant_app/services/shop.py" line="105"/>
        <source>This database already has a shop.</source>
        <translation>此数据库已有店铺。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/cli.py" line="244"/>
        <source>The shop has no active Owner.</source>
        <translation>店铺没有启用中的店主账号。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="85"/>
        <source>The setting “{field}” has a value of the wrong kind: {value}</source>
        <translation>设置项“{field}”的值类型不正确：{value}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="93"/>
        <source>Unknown language “{value}”.</source>
        <translation>未知语言“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="99"/>
        <source>Unknown theme “{value}”.</source>
        <translation>未知主题“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="105"/>
        <source>The idle lock time must be between 1 and 240 minutes.</source>
        <translation>空闲锁定时间必须在 1 到 240 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="114"/>
        <source>The database address “{value}” is neither a SQLite file (sqlite:///…) nor a PostgreSQL server (postgresql://…).</source>
        <translation>数据库地址“{value}”既不是 SQLite 文件（sqlite:///…），也不是 PostgreSQL 服务器（postgresql://…）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="150"/>
        <source>The settings file {path} cannot be read: {reason}</source>
        <translation>无法读取设置文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/config.py" line="157"/>
        <source>The settings file {path} does not hold settings: {reason}</source>
        <translation>设置文件 {path} 中没有有效的设置：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="78"/>
        <source>The database is busy with another desk&apos;s work. Try again in a moment.</source>
        <translation>数据库正忙于处理其他工作台的操作，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="82"/>
        <source>The database is read-only, so nothing can be saved. Check the disk.</source>
        <translation>数据库为只读状态，无法保存任何内容。请检查磁盘。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="86"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="90"/>
        <location filename="../../merchant_app/services/sync.py" line="339"/>
        <source>The database cannot be reached: {reason}</source>
        <translation>无法连接数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="100"/>
        <source>A number is too large to be stored, so nothing was saved.</source>
        <translation>有数字过大，无法存储，因此未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="104"/>
        <source>A text holds a NUL character (code 0), which cannot be stored, so nothing was saved.</source>
        <translation>有文本包含 NUL 字符（代码 0），无法存储，因此未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="109"/>
        <source>A text is too long to be stored, so nothing was saved.</source>
        <translation>有文本过长，无法存储，因此未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/database.py" line="113"/>
        <source>A value cannot be stored ({reason}), so nothing was saved.</source>
        <translation>有值无法存储（{reason}），因此未保存任何内容。</translation>
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
        <location filename="../../merchant_app/security/keystore.py" line="40"/>
        <source>No OS keyring is available, and this app keeps staff passwords only there. Install and start a Secret Service provider (for example the gnome-keyring or KeePassXC package) in your desktop session, make sure a D-Bus session is running, then start the app again.</source>
        <translation>没有可用的系统密钥环，而本程序只将员工密码保存在密钥环中。请在桌面会话中安装并启动 Secret Service 服务（例如 gnome-keyring 或 KeePassXC 软件包），确保 D-Bus 会话正在运行，然后重新启动程序。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="47"/>
        <source>The OS keyring (Windows Credential Manager or macOS Keychain) cannot be used. Sign in to your computer account normally (not as a guest) and start the app again.</source>
        <translation>无法使用系统密钥环（Windows 凭据管理器或 macOS 钥匙串）。请以正常方式（而非访客身份）登录您的电脑账户，然后重新启动程序。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="107"/>
        <source>The OS keyring could not be read: {reason}</source>
        <translation>无法读取系统密钥环：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/keystore.py" line="116"/>
        <location filename="../../merchant_app/security/keystore.py" line="129"/>
        <source>The OS keyring could not be written: {reason}</source>
        <translation>无法写入系统密钥环：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="29"/>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="33"/>
        <source>The password cannot be only digits.</source>
        <translation>密码不能全为数字。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/passwords.py" line="36"/>
        <source>The password cannot be the same as the login.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="85"/>
        <source>Unknown kind of approval “{kind}”.</source>
        <translation>未知的审批类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="167"/>
        <location filename="../../merchant_app/services/approvals.py" line="200"/>
        <source>This request has already been decided by someone else.</source>
        <translation>此申请已由他人处理。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="190"/>
        <source>That request no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/approvals.py" line="195"/>
        <source>You cannot approve or refuse your own request.</source>
        <translation>您不能批准或拒绝自己的申请。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="143"/>
        <source>Entry {seq} is missing (deleted).</source>
        <translation>第 {seq} 条记录缺失（已被删除）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="150"/>
        <source>Entry {seq} does not follow the entry before it.</source>
        <translation>第 {seq} 条记录与前一条记录不衔接。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="169"/>
        <source>Entry {seq} was changed after it was written.</source>
        <translation>第 {seq} 条记录在写入后被修改过。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/audit.py" line="182"/>
        <source>Entries from {seq} on are missing (deleted).</source>
        <translation>从第 {seq} 条起的记录缺失（已被删除）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="34"/>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="92"/>
        <location filename="../../merchant_app/services/permissions.py" line="167"/>
        <source>This account has been deactivated.</source>
        <translation>此账号已被停用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="97"/>
        <source>This account is locked after too many failed attempts. Ask the Owner to unlock it.</source>
        <translation>此账号因失败次数过多已被锁定。请联系店主解锁。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="106"/>
        <source>Too many failed attempts. Wait {seconds} seconds and try again.</source>
        <translation>失败次数过多。请等待 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="114"/>
        <source>{login} has no password on this desk yet. Ask the Owner for an enrolment code and choose “Enrol on this desk”.</source>
        <translation>{login} 在此工作台上尚未设置密码。请向店主索取注册码，然后选择“在此工作台注册”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="125"/>
        <source>Wrong password. The account is now locked; ask the Owner to unlock it.</source>
        <translation>密码错误。账号现已锁定，请联系店主解锁。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="186"/>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="204"/>
        <location filename="../../merchant_app/services/staff.py" line="157"/>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="226"/>
        <source>An enrolment code is valid for 1 hour to 7 days.</source>
        <translation>注册码的有效期为 1 小时到 7 天。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="234"/>
        <source>That user is not active.</source>
        <translation>该用户未启用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/auth.py" line="257"/>
        <source>The enrolment code is wrong, already used or expired for this login.</source>
        <translation>注册码错误、已被使用，或对此登录名已过期。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="58"/>
        <source>The login “{login}” is not valid: use 2 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>登录名“{login}”无效：请使用 2 到 40 个字母、数字、点、短横线或下划线，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="72"/>
        <source>The shop name must have 1 to 120 characters.</source>
        <translation>店铺名称必须为 1 到 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="76"/>
        <source>Unknown currency “{value}”.</source>
        <translation>未知货币“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="79"/>
        <source>Unknown locale “{value}”.</source>
        <translation>未知区域设置“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="100"/>
        <source>Please enter the Owner&apos;s name.</source>
        <translation>请输入店主的姓名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/cli.py" line="234"/>
        <location filename="../../merchant_app/services/backups.py" line="161"/>
        <location filename="../../merchant_app/services/recovery_kit.py" line="312"/>
        <location filename="../../merchant_app/services/shop.py" line="174"/>
        <source>This database has no shop yet.</source>
        <translation>此数据库还没有店铺。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop.py" line="199"/>
        <source>No free desk code could be found.</source>
        <translation>找不到可用的工作台编号。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="133"/>
        <location filename="../../merchant_app/services/catalog_queries.py" line="297"/>
        <location filename="../../merchant_app/services/promotions.py" line="248"/>
        <source>That product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="152"/>
        <source>The {field} must be text without NUL characters (code 0).</source>
        <translation>{field}必须是不含 NUL 字符（代码 0）的文本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="163"/>
        <location filename="../../merchant_app/services/catalog_categories.py" line="70"/>
        <location filename="../../merchant_app/services/report_queries.py" line="179"/>
        <source>That category no longer exists.</source>
        <translation>该分类已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="165"/>
        <location filename="../../merchant_app/services/catalog_categories.py" line="313"/>
        <source>That supplier no longer exists.</source>
        <translation>该供应商已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="172"/>
        <source>The SKU “{sku}” is already used by “{product}”.</source>
        <translation>SKU“{sku}”已被“{product}”使用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="195"/>
        <source>The SKU “{sku}” is already used.</source>
        <translation>SKU“{sku}”已被使用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="219"/>
        <source>A new product is either a draft or listed.</source>
        <translation>新商品只能是草稿或已上架状态。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="240"/>
        <source>A variant needs its options, each with a name and a value (such as Size = M), each name once.</source>
        <translation>规格商品需要设置规格项，每项都要有名称和值（例如 尺码 = M），且每个名称只能出现一次。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="272"/>
        <source>“{sku}” is not a parent product, so it cannot have variants.</source>
        <translation>“{sku}”不是多规格商品，因此不能添加规格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="284"/>
        <source>The variant “{sku}” already has these options.</source>
        <translation>规格“{sku}”已有这些规格项。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="323"/>
        <source>These fields cannot be changed here: {fields}.</source>
        <translation>以下字段不能在此修改：{fields}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="411"/>
        <source>The barcode “{code}” already belongs to {sku} “{product}”.</source>
        <translation>条码“{code}”已属于 {sku}“{product}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="423"/>
        <source>The barcode “{code}” was just given to another product.</source>
        <translation>条码“{code}”刚刚被分配给了其他商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="448"/>
        <source>{sku} has no barcode “{code}”.</source>
        <translation>{sku} 没有条码“{code}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="465"/>
        <location filename="../../merchant_app/services/settlement.py" line="163"/>
        <location filename="../../merchant_app/services/shop.py" line="225"/>
        <source>This desk is not registered.</source>
        <translation>此工作台未注册。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="473"/>
        <source>No free in-store barcode was found.</source>
        <translation>找不到可用的店内条码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="486"/>
        <source>Delisting a product needs approval: request it.</source>
        <translation>下架商品需要审批：请提交申请。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog.py" line="515"/>
        <source>{sku} is already delisted.</source>
        <translation>{sku} 已下架。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="98"/>
        <source>That role no longer exists.</source>
        <translation>该角色已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="106"/>
        <source>You cannot give the role “{role}”: it has permissions you do not hold.</source>
        <translation>您不能授予角色“{role}”：它包含您自己没有的权限。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="127"/>
        <source>The name must have 1 to 80 characters.</source>
        <translation>名称必须为 1 到 80 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="137"/>
        <source>The login “{login}” is already taken.</source>
        <translation>登录名“{login}”已被占用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="180"/>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="183"/>
        <source>The last active Owner cannot be deactivated.</source>
        <translation>不能停用最后一个启用中的店主。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="210"/>
        <source>You cannot change your own role.</source>
        <translation>您不能变更自己的角色。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="213"/>
        <source>{login} already has the role “{role}”.</source>
        <translation>{login} 的角色已经是“{role}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="228"/>
        <source>The last active Owner must keep the Owner role.</source>
        <translation>最后一个启用中的店主必须保留店主角色。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="256"/>
        <source>Unknown permission “{name}”.</source>
        <translation>未知权限“{name}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="261"/>
        <source>The role name must have 1 to 60 characters.</source>
        <translation>角色名称必须为 1 到 60 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="268"/>
        <source>A role named “{name}” already exists.</source>
        <translation>名为“{name}”的角色已存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="279"/>
        <source>A built-in role cannot be renamed.</source>
        <translation>内置角色不能重命名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/staff.py" line="283"/>
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
        <location filename="../../merchant_app/printing/layouts.py" line="199"/>
        <source>Label layout “{layout}”, “{field}”: the setting “{key}” cannot be “{value}”.</source>
        <translation>标签版式“{layout}”，“{field}”：设置项“{key}”不能为“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="202"/>
        <source>Label layout “{layout}”, “{field}”: the setting “{key}” is missing.</source>
        <translation>标签版式“{layout}”，“{field}”：缺少设置项“{key}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="205"/>
        <source>Label layout “{layout}”, “{field}”: there is no setting called “{key}”.</source>
        <translation>标签版式“{layout}”，“{field}”：不存在名为“{key}”的设置项。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="208"/>
        <source>Label layout “{layout}”, field “{field}”: its box (x {x}, y {y}, {w} × {h} mm) does not lie inside the {lw} × {lh} mm label.</source>
        <translation>标签版式“{layout}”，字段“{field}”：其区域（x {x}，y {y}，{w} × {h} mm）超出了 {lw} × {lh} mm 的标签范围。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="213"/>
        <source>Label layout “{layout}”, field “{field}”: its box is {h} mm high, too low for one line of text at {size} pt.</source>
        <translation>标签版式“{layout}”，字段“{field}”：其区域高 {h} mm，容纳不下一行 {size} pt 的文字。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="218"/>
        <source>Label layout “{layout}”, field “{field}”: the smallest font size ({min} pt) must be positive and not larger than the largest ({max} pt).</source>
        <translation>标签版式“{layout}”，字段“{field}”：最小字号（{min} pt）必须为正数，且不大于最大字号（{max} pt）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="223"/>
        <source>Label layout “{layout}”, field “{field}”: its box must have a width and a height (it is {w} × {h} mm).</source>
        <translation>标签模板“{layout}”，字段“{field}”：其区域必须有宽度和高度（当前为 {w} × {h} mm）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="228"/>
        <source>Label layout “{layout}”, field “{field}”: {kind} labels have no value “{source}” to show (they have: {known}).</source>
        <translation>标签模板“{layout}”，字段“{field}”：{kind}标签没有可显示的值“{source}”（可用的值：{known}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="233"/>
        <source>Label layout “{layout}”, field “{field}”: choose a picture for it (or a picture the label data brings).</source>
        <translation>标签模板“{layout}”，字段“{field}”：请为其选择一张图片（或使用标签数据自带的图片）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="238"/>
        <source>Label layout “{layout}”, field “{field}”: the picture is not stored as base64 text.</source>
        <translation>标签模板“{layout}”，字段“{field}”：图片未以 base64 文本形式存储。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="241"/>
        <source>Label layout “{layout}”, field “{field}”: the picture has {size} KB; at most {limit} KB fit in a layout.</source>
        <translation>标签模板“{layout}”，字段“{field}”：图片大小为 {size} KB；一个模板最多只能容纳 {limit} KB。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="246"/>
        <source>Label layout “{layout}”, field “{field}”: the picture is not a PNG or JPEG file.</source>
        <translation>标签模板“{layout}”，字段“{field}”：图片不是 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="249"/>
        <source>Label layout “{layout}”, field “{field}”: the picture file is damaged.</source>
        <translation>标签模板“{layout}”，字段“{field}”：图片文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="252"/>
        <source>Label layout “{layout}”, field “{field}”: only an image field can show a picture.</source>
        <translation>标签模板“{layout}”，字段“{field}”：只有图片字段才能显示图片。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="255"/>
        <source>Label layout “{layout}”, field “{field}”: the font “{font}” is not available.</source>
        <translation>标签版式“{layout}”，字段“{field}”：字体“{font}”不可用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="258"/>
        <source>Label layout “{layout}”: there are two fields called “{field}”.</source>
        <translation>标签版式“{layout}”：有两个名为“{field}”的字段。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="261"/>
        <source>Label layout “{layout}”: {columns} × {rows} labels of {lw} × {lh} mm with these margins and gaps do not fit on the {pw} × {ph} mm page.</source>
        <translation>标签版式“{layout}”：{columns} × {rows} 个 {lw} × {lh} mm 的标签，加上当前的边距和间距，无法放入 {pw} × {ph} mm 的页面。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/layouts.py" line="266"/>
        <source>The label layout “{layout}” cannot be read: it is not valid JSON ({problem}).</source>
        <translation>无法读取标签版式“{layout}”：不是有效的 JSON（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/pdf.py" line="52"/>
        <source>The label layout “{layout}” is for {kind} labels, not for “{label}”.</source>
        <translation>标签版式“{layout}”适用于“{kind}”标签，而不适用于“{label}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/pdf.py" line="55"/>
        <source>Cannot skip {skip} positions on “{layout}”: a sheet has {positions} positions (a roll none).</source>
        <translation>无法在“{layout}”上跳过 {skip} 个位置：每张标签纸只有 {positions} 个位置（卷装标签无法跳过）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/pdf.py" line="59"/>
        <source>The number of copies must be at least 1, not {copies}.</source>
        <translation>打印份数至少为 1，而不是 {copies}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/pdf.py" line="60"/>
        <source>The picture for the field “{field}” cannot be read: it is not a PNG or JPEG file.</source>
        <translation>无法读取字段“{field}”的图片：它不是 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/symbols.py" line="45"/>
        <source>The text for the QR code in the field “{field}” is too long: {length} bytes, at most {limit} fit in a QR code.</source>
        <translation>字段“{field}”中 QR 码的文字过长：{length} 字节，QR 码最多只能容纳 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/symbols.py" line="55"/>
        <source>The text for the QR code in the field “{field}” has a character that is not valid text (at position {position}).</source>
        <translation>字段“{field}”中 QR 码的文字含有无效字符（位于第 {position} 位）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/symbols.py" line="65"/>
        <source>The code “{code}” cannot be drawn as “{symbology}” in the barcode field “{field}”: it draws EAN-13, UPC-A or Code 128.</source>
        <translation>条码字段“{field}”中的代码“{code}”无法绘制为“{symbology}”：该字段只能绘制 EAN-13、UPC-A 或 Code 128。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/symbols.py" line="75"/>
        <source>The code “{code}” does not fit the field “{field}”: it needs {needed} mm at the smallest readable bar width but the box is {available} mm.</source>
        <translation>编码“{code}”放不进字段“{field}”：按最小可识读条宽需要 {needed} mm，但区域只有 {available} mm。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/zpl.py" line="32"/>
        <source>The label layout “{layout}” is for sheets; ZPL is only for thermal label rolls.</source>
        <translation>标签版式“{layout}”适用于标签纸；ZPL 仅适用于热敏卷装标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/printing/zpl.py" line="35"/>
        <source>The printer setting “{field}” cannot be {value} (allowed: {allowed}).</source>
        <translation>打印机设置“{field}”不能为 {value}（允许的值：{allowed}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="79"/>
        <source>A category “{path}” already exists.</source>
        <translation>分类“{path}”已存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="120"/>
        <source>The category “{path}” could not be created.</source>
        <translation>无法创建分类“{path}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="174"/>
        <source>“{path}” cannot be moved under itself or its own sub-category.</source>
        <translation>“{path}”不能移动到自身或其子分类下。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="200"/>
        <source>The category “{path}” is not empty ({children} sub-categories, {products} products, {counts} stock counts); it cannot be deleted.</source>
        <translation>分类“{path}”不为空（{children} 个子分类、{products} 个商品、{counts} 个盘点单），无法删除。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="266"/>
        <source>The lead time must be 0 to 365 days.</source>
        <translation>交货周期必须为 0 到 365 天。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_categories.py" line="275"/>
        <source>A supplier named “{name}” already exists.</source>
        <translation>名为“{name}”的供应商已存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_prices.py" line="153"/>
        <source>The new figures are the same as the current ones.</source>
        <translation>新数值与当前数值相同。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="54"/>
        <source>The SKU “{sku}” is not valid: use 1 to {limit} characters, no spaces.</source>
        <translation>SKU“{sku}”无效：请使用 1 到 {limit} 个字符，不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="68"/>
        <source>The product name must have 1 to {limit} characters.</source>
        <translation>商品名称必须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="79"/>
        <source>The unit must have 1 to {limit} characters.</source>
        <translation>单位必须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="90"/>
        <source>Unknown listing status “{status}”: use draft, listed or delisted.</source>
        <translation>未知的上架状态“{status}”：请使用 draft（草稿）、listed（已上架）或 delisted（已下架）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="105"/>
        <source>“{field}” must be a whole number of 0 or more.</source>
        <translation>“{field}”必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="117"/>
        <source>The category name “{name}” is not valid: use 1 to {limit} characters without “&gt;”.</source>
        <translation>分类名称“{name}”无效：请使用 1 到 {limit} 个字符，且不能包含“&gt;”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="132"/>
        <source>The category path “{path}” is too long ({length} characters, at most {limit}): use fewer levels or shorter names.</source>
        <translation>分类路径“{path}”过长（{length} 个字符，最多 {limit} 个）：请减少层级或使用更短的名称。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/catalog_rules.py" line="149"/>
        <source>The supplier name must have 1 to {limit} characters.</source>
        <translation>供应商名称必须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="79"/>
        <source>The stock location “{location}” does not exist.</source>
        <translation>库存位置“{location}”不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="95"/>
        <source>The location code “{code}” is not valid: use 1 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>位置编码“{code}”无效：请使用 1 到 32 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="119"/>
        <source>Unknown kind of location “{kind}”.</source>
        <translation>未知的位置类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="123"/>
        <source>The location name must have 1 to 120 characters.</source>
        <translation>位置名称必须为 1 到 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="131"/>
        <source>A bin must be inside a shop or a warehouse.</source>
        <translation>货位必须位于门店或仓库内。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="137"/>
        <source>The bin “{code}” cannot be inside another bin ({parent}).</source>
        <translation>货位“{code}”不能位于另一个货位（{parent}）内。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="146"/>
        <source>Only bins can be inside another location.</source>
        <translation>只有货位可以位于其他位置内。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/locations.py" line="151"/>
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
        <location filename="../../merchant_app/services/stock.py" line="653"/>
        <location filename="../../merchant_app/services/stock.py" line="792"/>
        <source>That purchase order does not exist.</source>
        <translation>该采购单不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/replenishment.py" line="187"/>
        <location filename="../../merchant_app/services/stock.py" line="304"/>
        <location filename="../../merchant_app/services/stock.py" line="639"/>
        <location filename="../../merchant_app/services/stock_counts.py" line="297"/>
        <source>The product “{product}” does not exist.</source>
        <translation>商品“{product}”不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="88"/>
        <source>Not enough stock of {sku} at {location}: {available} available, {asked} asked.</source>
        <translation>{sku} 在 {location} 的库存不足：可用 {available}，需要 {asked}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="96"/>
        <source>Only {reserved} of {sku} are reserved at {location}; {asked} asked.</source>
        <translation>{sku} 在 {location} 仅预留了 {reserved}，需要 {asked}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="291"/>
        <source>{sku} groups variants and holds no stock itself: choose one of its variants.</source>
        <translation>{sku} 是多规格商品的主商品，本身不持有库存：请选择其中一个规格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="339"/>
        <source>The quantity must be a whole number above zero: {qty}.</source>
        <translation>数量必须是大于零的整数：{qty}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="371"/>
        <source>A stock move needs a whole, non-zero quantity: {qty}.</source>
        <translation>库存变动的数量必须是非零整数：{qty}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="376"/>
        <source>Unknown stock move reason “{reason}”.</source>
        <translation>未知的库存变动原因“{reason}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="684"/>
        <source>That supplier does not exist.</source>
        <translation>该供应商不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="690"/>
        <source>A purchase order needs at least one line.</source>
        <translation>采购单至少需要一行明细。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="765"/>
        <source>Purchase order {number} is {status}, not a draft; it cannot be placed.</source>
        <translation>采购单 {number} 的状态为“{status}”，不是草稿，无法下单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="795"/>
        <source>Purchase order {number} is {status}; goods cannot be received.</source>
        <translation>采购单 {number} 的状态为“{status}”，无法收货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="802"/>
        <source>Nothing to receive.</source>
        <translation>没有需要收货的内容。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="809"/>
        <source>Line “{line}” is not on purchase order {number}.</source>
        <translation>明细行“{line}”不在采购单 {number} 中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="825"/>
        <source>Receiving {asked} of {sku} would exceed the {ordered} ordered on {number} ({received} already received).</source>
        <translation>收货 {asked} 件 {sku} 将超过 {number} 的订购数量 {ordered}（已收货 {received}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="884"/>
        <source>A transfer needs two different locations.</source>
        <translation>调拨需要两个不同的位置。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="930"/>
        <source>Unknown adjustment reason “{reason}”: use damage, loss, found or correction.</source>
        <translation>未知的调整原因“{reason}”：请使用 damage（损坏）、loss（丢失）、found（找回）或 correction（更正）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="939"/>
        <source>An adjustment needs a whole, non-zero quantity: {qty}.</source>
        <translation>调整数量必须是非零整数：{qty}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="945"/>
        <source>An adjustment of {qty} is too large: at most {max} units at a time.</source>
        <translation>调整数量 {qty} 过大：每次最多 {max} 件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock.py" line="954"/>
        <source>A “{reason}” adjustment cannot be {qty}: damage and loss take stock out, found puts it in.</source>
        <translation>“{reason}”调整的数量不能为 {qty}：损坏和丢失会减少库存，找回会增加库存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="133"/>
        <source>That stock count does not exist.</source>
        <translation>该盘点单不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="136"/>
        <source>Stock count {number} is {status}; it cannot change.</source>
        <translation>盘点单 {number} 的状态为“{status}”，无法更改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="169"/>
        <source>That category does not exist.</source>
        <translation>该分类不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="238"/>
        <source>The scanned code “{code}” is not valid.</source>
        <translation>扫描的编码“{code}”无效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="289"/>
        <source>A counted quantity must be a whole number, 0 or more.</source>
        <translation>实盘数量必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/stock_counts.py" line="448"/>
        <source>Stock count {number} is {status}; it cannot be applied again.</source>
        <translation>盘点单 {number} 的状态为“{status}”，不能再次应用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/shop_rules.py" line="76"/>
        <source>The adjustment approval limit must be between 0 and {limit} units.</source>
        <translation>调整审批上限必须在 0 到 {limit} 件之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_delivery.py" line="189"/>
        <source>The shipping fee “{text}” is not an amount.</source>
        <translation>运费“{text}”不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="213"/>
        <source>Payment {n}: “{text}” is not an amount.</source>
        <translation>第 {n} 笔付款：“{text}”不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/member_crypto.py" line="49"/>
        <source>Member records are encrypted, and this computer does not have the shop&apos;s data key. Import the shop&apos;s recovery kit (Settings → Backups) on this computer, then try again.</source>
        <translation>会员资料已加密，而此电脑上没有本店的数据密钥。请在此电脑上导入本店的恢复包（设置 → 备份），然后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/member_crypto.py" line="60"/>
        <source>The data key on this computer does not belong to this shop&apos;s member records. Import this shop&apos;s recovery kit, then try again.</source>
        <translation>此电脑上的数据密钥不属于本店的会员资料。请导入本店的恢复包，然后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/member_crypto.py" line="70"/>
        <source>The personal data of member {card} cannot be read: it is damaged or was altered outside the app.</source>
        <translation>无法读取会员 {card} 的个人信息：数据已损坏或在本程序之外被修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="232"/>
        <source>Give the {what} of the case.</source>
        <translation>请填写售后单的{what}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="238"/>
        <source>The amount must be above zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="242"/>
        <source>Choose how the money is paid back (“{method}”?).</source>
        <translation>请选择退款方式（“{method}”？）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="252"/>
        <location filename="../../merchant_app/services/aftersales.py" line="954"/>
        <source>Unknown kind of after-sales case “{kind}”.</source>
        <translation>未知的售后类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="259"/>
        <source>Say what went wrong with the delivery (lost, damaged, …).</source>
        <translation>请说明配送出了什么问题（丢件、破损…）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="266"/>
        <source>Only a delivery exception has an exception kind.</source>
        <translation>只有物流异常才有异常类型。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="275"/>
        <source>Order {number} is {state}: a delivery exception needs a shipped order.</source>
        <translation>订单 {number} 当前为“{state}”：物流异常只适用于已发货的订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="280"/>
        <source>Order {number} is {state}: after-sales cases are for shipped or completed orders (cancel an order that has not shipped).</source>
        <translation>订单 {number} 当前为“{state}”：售后单仅适用于已发货或已完成的订单（未发货的订单请直接取消）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="298"/>
        <source>The after-sales case “{case}” does not exist.</source>
        <translation>售后单“{case}”不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="322"/>
        <source>Only returns, exchanges and repairs take goods back.</source>
        <translation>只有退货、换货和维修才会收回商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="328"/>
        <source>Choose at least one line and its quantity.</source>
        <translation>请至少选择一行商品及其数量。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="340"/>
        <source>That line is not on order {number}.</source>
        <translation>该行不在订单 {number} 中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="345"/>
        <source>Line {line} ({sku}) is given twice.</source>
        <translation>第 {line} 行（{sku}）重复出现。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="353"/>
        <source>Line {line} ({sku}): “{disposition}” does not fit this case.</source>
        <translation>第 {line} 行（{sku}）：“{disposition}”不适用于此售后单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="365"/>
        <source>Line {line} ({sku}): {asked} asked, but only {left} of {sold} can still come back.</source>
        <translation>第 {line} 行（{sku}）：申请 {asked} 件，但售出的 {sold} 件中只剩 {left} 件可退回。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="386"/>
        <source>Line {line} ({sku}) was taken back on another desk meanwhile; reload the order.</source>
        <translation>第 {line} 行（{sku}）已在其他工作台被收回；请重新加载订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="446"/>
        <source>Order {number}: compensation is capped at the order total {total}; {given} was already given, {amount} asked.</source>
        <translation>订单 {number}：补偿金额不能超过订单总额 {total}；已补偿 {given}，本次申请 {amount}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="509"/>
        <source>The replacement order needs at least one product.</source>
        <translation>补发订单至少需要一个商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="526"/>
        <source>The free replacement is worth {value}, more than the {worth} it replaces: charge the difference or ask a manager.</source>
        <translation>免费补发的商品价值 {value}，高于被替换商品的 {worth}：请收取差价或请店长审批。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="725"/>
        <source>Money goes back with a return, a refund or a compensation; close a delivery exception with a refund or compensation instead.</source>
        <translation>只有退货、退款或补偿才会退还款项；物流异常请改用退款或补偿来关闭。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="801"/>
        <source>Close a case with its resolution.</source>
        <translation>关闭售后单时请填写处理结果。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="805"/>
        <source>Give a new status or a note.</source>
        <translation>请填写新状态或备注。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="830"/>
        <source>Case {number} is closed.</source>
        <translation>售后单 {number} 已关闭。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="843"/>
        <source>Case {number} was changed on another desk; reload it.</source>
        <translation>售后单 {number} 已在其他工作台被修改；请重新加载。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="868"/>
        <source>Unknown outcome “{outcome}”.</source>
        <translation>未知的处理结果“{outcome}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="876"/>
        <source>Choose refund or compensation to pay money back.</source>
        <translation>如需退还款项，请选择退款或补偿。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="897"/>
        <source>Only a delivery exception is resolved by reshipping.</source>
        <translation>只有物流异常才能通过补发来解决。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/aftersales.py" line="948"/>
        <source>Unknown case status “{status}”.</source>
        <translation>未知的售后单状态“{status}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/delivery.py" line="136"/>
        <source>Unknown delivery method “{method}”.</source>
        <translation>未知的配送方式“{method}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/delivery.py" line="159"/>
        <source>A delivery method needs a code of 1 to 24 characters.</source>
        <translation>配送方式的编码必须为 1 到 24 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/delivery.py" line="164"/>
        <source>Unknown kind of delivery “{kind}”.</source>
        <translation>未知的配送类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/delivery.py" line="170"/>
        <source>The fees of delivery method “{method}” must be between 0 and {max}.</source>
        <translation>配送方式“{method}”的费用必须在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/delivery.py" line="190"/>
        <source>Delivery method codes must be present and unique.</source>
        <translation>配送方式编码不能为空且不能重复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_jobs.py" line="49"/>
        <source>Write labels to a .pdf or .zpl file; “{path}” is neither.</source>
        <translation>标签只能保存为 .pdf 或 .zpl 文件；“{path}”两者都不是。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="118"/>
        <source>No label layout is called “{name}”. Known: {known}.</source>
        <translation>没有名为“{name}”的标签版式。现有版式：{known}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="124"/>
        <source>The layout “{name}” is not for this kind of label.</source>
        <translation>版式“{name}”不适用于此类标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_jobs.py" line="62"/>
        <source>The layout “{name}” is a sheet for office printers; ZPL is for thermal label printers. Write a .pdf or choose a roll layout.</source>
        <translation>版式“{name}”是适用于办公打印机的整页版式；ZPL 用于热敏标签打印机。请保存为 .pdf 或选择卷纸版式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_jobs.py" line="92"/>
        <source>No product has the SKU {skus}.</source>
        <translation>没有 SKU 为 {skus} 的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_jobs.py" line="126"/>
        <source>Copies must be between 1 and {max}.</source>
        <translation>份数必须在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_jobs.py" line="131"/>
        <source>Name at least one SKU.</source>
        <translation>请至少填写一个 SKU。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_jobs.py" line="146"/>
        <source>Unknown order state “{state}”. Known: {known}.</source>
        <translation>未知的订单状态“{state}”。可用状态：{known}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_jobs.py" line="170"/>
        <source>No order in the state “{state}” needs a label.</source>
        <translation>状态为“{state}”的订单都不需要打印标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="157"/>
        <source>A layout name must have 1 to {max} characters.</source>
        <translation>版式名称必须为 1 到 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="165"/>
        <source>There is already a label layout called “{name}”; choose another name.</source>
        <translation>已有名为“{name}”的标签版式；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="210"/>
        <source>“{name}” comes with the app and cannot be changed; copy it and change the copy.</source>
        <translation>“{name}”是程序自带的版式，不能修改；请复制后修改副本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="219"/>
        <source>No label layout is called “{name}”.</source>
        <translation>没有名为“{name}”的标签版式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="225"/>
        <source>The layout “{name}” is for {kind} labels; that cannot change.</source>
        <translation>版式“{name}”用于{kind}标签，此项不能更改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="250"/>
        <source>The shop has no label layout called “{name}”.</source>
        <translation>本店没有名为“{name}”的标签版式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="137"/>
        <source>A printer needs a name of 1 to 80 characters.</source>
        <translation>打印机名称必须为 1 到 80 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="141"/>
        <source>Unknown kind of printer “{kind}”.</source>
        <translation>未知的打印机类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="145"/>
        <source>Printer “{name}”: choose the installed printer to use.</source>
        <translation>打印机“{name}”：请选择要使用的已安装打印机。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="152"/>
        <source>Printer “{name}”: enter its host name or IP address.</source>
        <translation>打印机“{name}”：请输入主机名或 IP 地址。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="158"/>
        <source>Printer “{name}”: the port must be 1 to 65535 (usually 9100).</source>
        <translation>打印机“{name}”：端口必须为 1 到 65535（通常为 9100）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="166"/>
        <source>Printer “{name}”: choose the folder for the ZPL files.</source>
        <translation>打印机“{name}”：请选择存放 ZPL 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="172"/>
        <source>Printer “{name}”: the resolution must be {allowed} dots per inch.</source>
        <translation>打印机“{name}”：分辨率必须为 {allowed} dpi。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="182"/>
        <source>Printer “{name}”: an offset must be between −{max} and {max} mm.</source>
        <translation>打印机“{name}”：偏移量必须在 −{max} 到 {max} mm 之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="191"/>
        <source>Printer “{name}”: the scale must be between {low} % and {high} %.</source>
        <translation>打印机“{name}”：缩放比例必须在 {low} % 到 {high} % 之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="201"/>
        <source>Printer “{name}”: the darkness must be 0 to 30.</source>
        <translation>打印机“{name}”：打印浓度必须为 0 到 30。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="219"/>
        <source>That printer no longer exists.</source>
        <translation>该打印机已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="235"/>
        <source>There is already a printer called “{name}”.</source>
        <translation>已有名为“{name}”的打印机。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="290"/>
        <source>Cannot write the labels for “{name}” into {folder}: {problem}</source>
        <translation>无法将“{name}”的标签写入 {folder}：{problem}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="301"/>
        <source>The printer “{name}” does not take ZPL.</source>
        <translation>打印机“{name}”不支持 ZPL。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="310"/>
        <source>The label printer “{name}” at {address} cannot be reached ({problem}). Check that it is on and connected, and its host and port.</source>
        <translation>无法连接位于 {address} 的标签打印机“{name}”（{problem}）。请检查打印机是否已开机并连接，以及主机和端口设置是否正确。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="417"/>
        <source>No product has the SKU or barcode “{code}”.</source>
        <translation>没有 SKU 或条码为“{code}”的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="451"/>
        <location filename="../../merchant_app/services/order_queries.py" line="113"/>
        <source>Unknown order state “{state}”.</source>
        <translation>未知的订单状态“{state}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="477"/>
        <source>No order has the number {numbers}.</source>
        <translation>没有单号为 {numbers} 的订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="486"/>
        <source>Unknown kind of label job “{kind}”.</source>
        <translation>未知的标签任务类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="493"/>
        <source>Add at least one product to print labels for.</source>
        <translation>请至少添加一个要打印标签的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="498"/>
        <source>A job can have at most {max} products.</source>
        <translation>一个任务最多可包含 {max} 个商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="505"/>
        <source>Copies of {sku} must be between 1 and {max}, not {copies}.</source>
        <translation>{sku} 的份数必须在 1 到 {max} 之间，不能为 {copies}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="515"/>
        <source>Choose at least one order to print labels for.</source>
        <translation>请至少选择一个要打印标签的订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="520"/>
        <source>A job can have at most {max} orders.</source>
        <translation>一个任务最多可包含 {max} 个订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="548"/>
        <source>An order of this job no longer exists.</source>
        <translation>此任务中的某个订单已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="556"/>
        <location filename="../../merchant_app/services/packing.py" line="533"/>
        <source>None of the chosen orders needs a shipping label.</source>
        <translation>所选订单都不需要快递面单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="578"/>
        <source>The layout “{name}” is a sheet for office printers; ZPL is for thermal label printers. Print it, save it as PDF or choose a roll layout.</source>
        <translation>版式“{name}”是适用于办公打印机的整页版式；ZPL 用于热敏标签打印机。请直接打印、保存为 PDF 或选择卷纸版式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="623"/>
        <source>Labels are made as PDF or ZPL, not “{format}”.</source>
        <translation>标签只能生成为 PDF 或 ZPL，不支持“{format}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="738"/>
        <source>Unknown label destination “{value}”.</source>
        <translation>未知的标签输出目标“{value}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_printing.py" line="807"/>
        <source>That print job is not in the log.</source>
        <translation>打印日志中没有该打印任务。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_keys.py" line="106"/>
        <source>This is not a data key from a recovery kit.</source>
        <translation>这不是恢复包中的数据密钥。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="59"/>
        <source>Member {card} has {balance} points; {needed} are needed.</source>
        <translation>会员 {card} 有 {balance} 积分，需要 {needed} 积分。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="113"/>
        <source>A point is worth 1 to 100,000 minor units and lasts 0 to 36,500 days.</source>
        <translation>每积分价值须为 1 到 100,000 个最小货币单位，有效期须为 0 到 36,500 天。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="156"/>
        <location filename="../../merchant_app/services/members.py" line="384"/>
        <location filename="../../merchant_app/services/service_tickets.py" line="104"/>
        <source>That member no longer exists.</source>
        <translation>该会员已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="306"/>
        <location filename="../../merchant_app/services/service_tickets.py" line="108"/>
        <source>That order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="530"/>
        <source>The coupon must be worth more than zero.</source>
        <translation>优惠券面额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="577"/>
        <source>Give a number of points other than zero.</source>
        <translation>积分数不能为零。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="583"/>
        <source>Give a reason for the adjustment.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="125"/>
        <source>Tiers need distinct, non-empty codes.</source>
        <translation>会员等级的编码不能为空且不能重复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="130"/>
        <source>The lowest tier must start at a spend of 0.</source>
        <translation>最低等级的起始消费额必须为 0。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="136"/>
        <source>Tier “{tier}”: the rate or the spend is out of range.</source>
        <translation>等级“{tier}”：积分比例或消费额超出范围。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="163"/>
        <source>Segment thresholds must grow: new ≤ at risk &lt; lapsed (days), and the high value figures must be positive.</source>
        <translation>分群阈值必须递增：新会员 ≤ 流失风险 &lt; 已流失（天数），且高价值指标必须为正数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="373"/>
        <source>Unknown segment “{segment}”.</source>
        <translation>未知的会员分群“{segment}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="174"/>
        <source>A member with this {what} is already registered (card {cards}). Open that member instead, or register anyway if they are different people.</source>
        <translation>已有使用此{what}登记的会员（会员卡 {cards}）。请改为打开该会员；如确为不同的人，也可以继续登记。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/checks.py" line="7"/>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>{what}过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/checks.py" line="8"/>
        <source>The {what} must be text without NUL characters (code 0), which cannot be stored.</source>
        <translation>{what}必须是不含 NUL 字符（代码 0）的文本，此类字符无法存储。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="249"/>
        <source>Please enter the member&apos;s name.</source>
        <translation>请输入会员姓名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="254"/>
        <source>“{phone}” is not a phone number.</source>
        <translation>“{phone}”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="261"/>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="267"/>
        <source>Give a phone number or an email address.</source>
        <translation>请填写电话号码或电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="272"/>
        <source>Unknown gender “{gender}”.</source>
        <translation>未知的性别“{gender}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="285"/>
        <source>The birthday “{value}” is not a date (YYYY-MM-DD).</source>
        <translation>生日“{value}”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="294"/>
        <source>A member can have at most {max} addresses.</source>
        <translation>每位会员最多可有 {max} 个地址。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="315"/>
        <source>The tag “{tag}” is not text a tag can hold.</source>
        <translation>“{tag}”不是标签可以使用的文本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="322"/>
        <source>The tag “{tag}” is longer than 24 characters.</source>
        <translation>标签“{tag}”超过 24 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="363"/>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="364"/>
        <source>email address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="585"/>
        <source>Member {card} was erased; it cannot be edited.</source>
        <translation>会员 {card} 的数据已被删除，无法编辑。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="846"/>
        <source>Give a reason for erasing the member&apos;s data.</source>
        <translation>请填写删除会员数据的原因。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="854"/>
        <source>Member {card} was already erased.</source>
        <translation>会员 {card} 的数据已被删除。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="866"/>
        <source>Member {card} still has open orders ({orders}); erase after they are shipped or cancelled.</source>
        <translation>会员 {card} 仍有未完成的订单（{orders}）；请在订单发货或取消后再删除。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_documents.py" line="174"/>
        <source>The chosen orders have no lines to pick.</source>
        <translation>所选订单没有需要拣货的商品行。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_import.py" line="137"/>
        <source>The file has {count} problem(s), so no order was imported. First: {first}</source>
        <translation>文件中有 {count} 个问题，因此未导入任何订单。第一个问题：{first}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_payments.py" line="71"/>
        <source>Order {number} is cancelled: it takes no payments.</source>
        <translation>订单 {number} 已取消，不能收款。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_payments.py" line="181"/>
        <location filename="../../merchant_app/services/settlement.py" line="214"/>
        <source>Unknown payment method “{method}”.</source>
        <translation>未知的支付方式“{method}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_payments.py" line="188"/>
        <source>Give a reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_payments.py" line="192"/>
        <source>The refund must be an amount above zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_payments.py" line="198"/>
        <source>Order {number}: only {available} was paid by this method; {amount} asked.</source>
        <translation>订单 {number}：此支付方式仅支付了 {available}；本次申请 {amount}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_queries.py" line="102"/>
        <source>The order filter is not valid.</source>
        <translation>订单筛选条件无效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_queries.py" line="105"/>
        <source>The search text is too long (at most {limit} characters).</source>
        <translation>搜索内容过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_queries.py" line="117"/>
        <source>Unknown payment status “{status}”.</source>
        <translation>未知的付款状态“{status}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_queries.py" line="122"/>
        <source>The desk is not valid.</source>
        <translation>工作台无效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_queries.py" line="126"/>
        <source>The {which} date must be a calendar date.</source>
        <translation>{which}日期必须是有效的日历日期。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_queries.py" line="131"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_queries.py" line="134"/>
        <source>The page size must be from 1 to {max}.</source>
        <translation>每页条数必须为 1 到 {max}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_queries.py" line="147"/>
        <source>The page position is not valid.</source>
        <translation>分页位置无效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="78"/>
        <source>Give a reason for the change (1 to 1000 characters).</source>
        <translation>请填写修改原因（1 到 1000 个字符）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="89"/>
        <location filename="../../merchant_app/services/orders.py" line="239"/>
        <source>The {field} must be an amount between 0 and {max}.</source>
        <translation>{field}必须是 0 到 {max} 之间的金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="105"/>
        <source>Order {number} has been approved by the warehouse: it can no longer be modified; cancel it and enter a new order.</source>
        <translation>订单 {number} 已通过仓库审核，不能再修改；请取消该订单并重新录入。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="114"/>
        <source>Order {number} has been shipped: it can no longer be modified; open an after-sales case instead.</source>
        <translation>订单 {number} 已发货，不能再修改；请改为创建售后单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="123"/>
        <source>Order {number} is on hold: release the hold before modifying it.</source>
        <translation>订单 {number} 已挂起：请先解除挂起再修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="129"/>
        <source>Order {number} is {state}: it cannot be modified.</source>
        <translation>订单 {number} 当前为“{state}”，不能修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="221"/>
        <source>Order {number}: the modification changes nothing.</source>
        <translation>订单 {number}：此次修改没有任何变化。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="284"/>
        <location filename="../../merchant_app/services/order_steps.py" line="93"/>
        <source>Order {number} was changed on another desk; reload it.</source>
        <translation>订单 {number} 已在其他工作台被修改；请重新加载。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_revisions.py" line="418"/>
        <source>Order {number} has changed since this modification was asked for (it is now {state}, revision {revision}): refuse the request and ask again.</source>
        <translation>订单 {number} 在提出此修改后已发生变化（当前为“{state}”，第 {revision} 版）：请拒绝此申请并重新提交。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_rules.py" line="64"/>
        <source>The discount floor must be between 0 % and 100 %.</source>
        <translation>折扣下限必须在 0 % 到 100 % 之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_rules.py" line="72"/>
        <source>Processing targets must be above zero.</source>
        <translation>处理时效目标必须大于零。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_steps.py" line="40"/>
        <source>Order {number} is not paid ({balance} still owed): it ships only when paid, unless it is cash on delivery or on account.</source>
        <translation>订单 {number} 未付清（仍欠 {balance}）：须付清后才能发货，货到付款或挂账订单除外。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_steps.py" line="50"/>
        <source>Order {number} has been shipped: it cannot be cancelled; open an after-sales case instead.</source>
        <translation>订单 {number} 已发货，不能取消；请改为创建售后单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_steps.py" line="58"/>
        <source>Order {number} is {state}: “{step}” is not possible now.</source>
        <translation>订单 {number} 当前为“{state}”：现在无法执行“{step}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_steps.py" line="110"/>
        <source>Give a reason (1 to 1000 characters).</source>
        <translation>请填写原因（1 到 1000 个字符）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_steps.py" line="133"/>
        <source>{location} is a packing area: choose the shelf or warehouse the order ships from.</source>
        <translation>{location} 是打包区：请选择订单发货的货架或仓库。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_steps.py" line="221"/>
        <source>Order {number}: {left} × {sku} not yet scanned at packing.</source>
        <translation>订单 {number}：打包时还有 {left} × {sku} 未扫码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="328"/>
        <source>An order needs at least one product.</source>
        <translation>订单至少需要一个商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="332"/>
        <source>An order can have at most {max} lines.</source>
        <translation>一个订单最多可有 {max} 行。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="347"/>
        <source>Line {line}: the product no longer exists.</source>
        <translation>第 {line} 行：该商品已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="352"/>
        <source>Line {line}: {sku} groups variants; choose one of its variants.</source>
        <translation>第 {line} 行：{sku} 是多规格商品，请选择其中一个规格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="361"/>
        <source>Line {line}: {sku} is not on sale ({status}).</source>
        <translation>第 {line} 行：{sku} 不在售（{status}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="370"/>
        <source>Line {line}: the quantity must be a whole number from 1 to {max}.</source>
        <translation>第 {line} 行：数量必须是 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="382"/>
        <source>Line {line}: the discount is larger than the line&apos;s value.</source>
        <translation>第 {line} 行：折扣超过了该行金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="390"/>
        <source>Line {line}: the line comes to more than {max}, too much to store.</source>
        <translation>第 {line} 行：该行金额超过 {max}，过大无法存储。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="421"/>
        <source>The order comes to {total}, more than the {max} an order can hold.</source>
        <translation>订单金额为 {total}，超过了单个订单的上限 {max}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="444"/>
        <source>The order discount is larger than the goods&apos; value.</source>
        <translation>订单折扣超过了商品金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="453"/>
        <source>A discount of {given} % is below the floor of {floor} %: a manager must approve it.</source>
        <translation>{given} % 的折扣低于 {floor} % 的下限：需要店长审批。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="542"/>
        <source>Payment {n}: unknown payment method “{method}”.</source>
        <translation>第 {n} 笔付款：未知的支付方式“{method}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="549"/>
        <source>Payment {n}: {method} needs a member on the order.</source>
        <translation>第 {n} 笔付款：{method} 需要订单关联会员。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="558"/>
        <source>Payment {n}: the amount must be above zero.</source>
        <translation>第 {n} 笔付款：金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="564"/>
        <source>Payment {n}: {amount} is more than the {balance} still owed.</source>
        <translation>第 {n} 笔付款：{amount} 超过了仍欠的 {balance}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="576"/>
        <source>Payment {n}: only cash can be tendered.</source>
        <translation>第 {n} 笔付款：只有现金支付才能填写实收金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="582"/>
        <source>Payment {n}: {tendered} tendered is less than {amount}.</source>
        <translation>第 {n} 笔付款：实收 {tendered} 少于 {amount}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="629"/>
        <source>Unknown payment terms “{terms}”.</source>
        <translation>未知的结算方式“{terms}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="731"/>
        <source>The member on this order does not exist or has been erased.</source>
        <translation>此订单上的会员不存在或已被删除。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="752"/>
        <source>Delivery needs a shipping address.</source>
        <translation>配送需要填写收货地址。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="922"/>
        <source>The order “{order}” does not exist.</source>
        <translation>订单“{order}”不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="1017"/>
        <location filename="../../merchant_app/services/packing.py" line="196"/>
        <source>No order has the number or waybill “{number}”.</source>
        <translation>没有单号或运单号为“{number}”的订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/packing.py" line="53"/>
        <source>Wrong item: {code} is not on order {number}. Set it aside.</source>
        <translation>商品错误：{code} 不在订单 {number} 中。请将其放到一边。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/packing.py" line="61"/>
        <source>Extra unit: all {quantity} × {sku} on order {number} are already scanned. Set this one aside.</source>
        <translation>多出一件：订单 {number} 中的 {quantity} × {sku} 已全部扫码。请将这件放到一边。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/packing.py" line="205"/>
        <source>Order {number} is {state}: only warehouse-approved orders can be packed.</source>
        <translation>订单 {number} 当前为“{state}”：只有已通过仓库审核的订单才能打包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/label_layouts_store.py" line="284"/>
        <source>There is no shipping label layout “{layout}”.</source>
        <translation>没有名为“{layout}”的快递面单版式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/packing.py" line="487"/>
        <source>Choose at least one order.</source>
        <translation>请至少选择一个订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/packing.py" line="491"/>
        <source>A batch can have at most {max} orders.</source>
        <translation>一个批次最多可包含 {max} 个订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="171"/>
        <source>Give the promotion a name (1 to 120 characters).</source>
        <translation>请填写促销活动名称（1 到 120 个字符）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="175"/>
        <source>Unknown kind of promotion “{kind}”.</source>
        <translation>未知的促销类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="182"/>
        <source>The coupon code “{code}” must be 3 to 32 letters, digits, - or _.</source>
        <translation>优惠券码“{code}”必须由 3 到 32 个字母、数字、- 或 _ 组成。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="197"/>
        <source>The {what} must be zero or more.</source>
        <translation>{what}必须大于或等于零。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="203"/>
        <source>The percentage must be above 0 and at most 100.</source>
        <translation>百分比必须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="207"/>
        <source>Give the amount off.</source>
        <translation>请填写减免金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="210"/>
        <source>Spend X save Y needs Y above zero and below X.</source>
        <translation>满 X 减 Y 要求 Y 大于零且小于 X。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="214"/>
        <source>A member price needs a product and a price.</source>
        <translation>会员价需要指定商品和价格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="217"/>
        <source>The promotion must end after it starts.</source>
        <translation>促销结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="263"/>
        <source>The coupon code “{code}” is already in use.</source>
        <translation>优惠券码“{code}”已被使用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="295"/>
        <source>That promotion no longer exists.</source>
        <translation>该促销活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="598"/>
        <source>There is no coupon “{code}”.</source>
        <translation>没有优惠券“{code}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="611"/>
        <source>Coupon “{code}” has just been used up.</source>
        <translation>优惠券“{code}”刚刚已用完。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="627"/>
        <source>Coupon “{code}” is already on this order.</source>
        <translation>优惠券“{code}”已在此订单中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="85"/>
        <source>Please fill in the {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="111"/>
        <source>Order {number} belongs to another member.</source>
        <translation>订单 {number} 属于其他会员。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="135"/>
        <source>Unknown kind of ticket “{kind}”.</source>
        <translation>未知的工单类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="139"/>
        <location filename="../../merchant_app/services/service_tickets.py" line="220"/>
        <source>Unknown category “{category}”.</source>
        <translation>未知的类别“{category}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="147"/>
        <source>Link the ticket to a member or an order.</source>
        <translation>请将工单关联到会员或订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="182"/>
        <location filename="../../merchant_app/services/service_tickets.py" line="281"/>
        <source>That ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="206"/>
        <source>Ticket {number} is resolved; reopen it first.</source>
        <translation>工单 {number} 已解决，请先重新打开。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="212"/>
        <source>Unknown ticket status “{status}”.</source>
        <translation>未知的工单状态“{status}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="247"/>
        <source>Ticket {number} is already resolved.</source>
        <translation>工单 {number} 已经解决。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="265"/>
        <source>Ticket {number} is not resolved.</source>
        <translation>工单 {number} 尚未解决。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/settlement.py" line="221"/>
        <source>The counted amount for {method} is not valid.</source>
        <translation>{method} 的清点金额无效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/settlement.py" line="228"/>
        <source>Count the cash in the drawer and enter the amount.</source>
        <translation>请清点钱箱中的现金并输入金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/settlement.py" line="253"/>
        <source>The note is too long (at most {limit} characters).</source>
        <translation>备注过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/settlement.py" line="297"/>
        <source>Some of these payments were settled meanwhile: refresh and count again.</source>
        <translation>其中部分收款在此期间已结算：请刷新后重新清点。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/settlement.py" line="338"/>
        <source>The settlement “{settlement}” does not exist.</source>
        <translation>日结单“{settlement}”不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="169"/>
        <source>No product has the SKU or barcode “{sku}”.</source>
        <translation>没有 SKU 或条码为“{sku}”的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/recovery_kit.py" line="96"/>
        <source>This is not a recovery kit: a kit&apos;s text starts with “MERCHANT-KIT-1:”. Scan the QR code on the printed kit, or paste the text of the kit&apos;s .txt file.</source>
        <translation>这不是恢复包：恢复包的文本以“MERCHANT-KIT-1:”开头。请扫描打印版恢复包上的 QR 码，或粘贴恢复包 .txt 文件中的文本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/recovery_kit.py" line="106"/>
        <source>This recovery kit was made by a newer version of the app (kit format {version}). Update the app on this computer, then import the kit again.</source>
        <translation>此恢复包由较新版本的程序制作（恢复包格式 {version}）。请先更新这台电脑上的程序，然后重新导入恢复包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/recovery_kit.py" line="116"/>
        <source>The recovery kit&apos;s text is damaged or mistyped: it does not match its own check. Compare it with the printed kit, or scan the QR code instead.</source>
        <translation>恢复包的文本已损坏或输入有误：与其自身的校验码不符。请与打印版恢复包核对，或改为扫描 QR 码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/recovery_kit.py" line="126"/>
        <source>The recovery kit&apos;s text is mistyped: “{char}” in line {line}, group {group} never appears in a kit. A kit uses only the letters A to Z and the digits 2 to 7.</source>
        <translation>恢复包的文本输入有误：第 {line} 行第 {group} 组中的“{char}”不会出现在恢复包中。恢复包只使用字母 A 到 Z 和数字 2 到 7。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/recovery_kit.py" line="136"/>
        <source>The passphrase does not open this recovery kit. Check it (capital letters, spaces, input language) and try again.</source>
        <translation>该口令无法打开此恢复包。请检查口令（大小写、空格、输入法）后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/recovery_kit.py" line="146"/>
        <source>The recovery kit&apos;s passphrase must have at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>恢复包口令至少需要 {n} 个字符；由几个互不相关的词组成的口令既容易记住，又难以被猜到。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/server_secret.py" line="76"/>
        <source>“{url}” is not a PostgreSQL server address; it must start with postgresql://</source>
        <translation>“{url}”不是 PostgreSQL 服务器地址；地址必须以 postgresql:// 开头</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/server_secret.py" line="88"/>
        <location filename="../../merchant_app/security/server_secret.py" line="129"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/server_secret.py" line="116"/>
        <source>Enter the server&apos;s name or IP address (for example shop-server).</source>
        <translation>请输入服务器的名称或 IP 地址（例如 shop-server）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/server_secret.py" line="123"/>
        <source>“{host}” is not a server name or IP address.</source>
        <translation>“{host}”不是服务器名称或 IP 地址。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/server_secret.py" line="134"/>
        <source>Enter the name of the shop&apos;s database.</source>
        <translation>请输入本店数据库的名称。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/server_secret.py" line="138"/>
        <source>“{database}” is not a database name this app can use: no spaces or / ? # % @ characters.</source>
        <translation>“{database}”不是本程序可用的数据库名称：不能包含空格或 / ? # % @ 字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/server_secret.py" line="148"/>
        <source>Enter the user name this desk connects as.</source>
        <translation>请输入此工作台连接时使用的用户名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/security/server_secret.py" line="153"/>
        <source>The password goes into the password field, not into the options.</source>
        <translation>密码应填入密码栏，而不是填在选项中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="135"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取该文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="142"/>
        <source>The file is not a SQLite database.</source>
        <translation>该文件不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="161"/>
        <source>SQLite&apos;s integrity check failed: {details}</source>
        <translation>SQLite 完整性检查失败：{details}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="170"/>
        <source>{count} rows point to rows that do not exist (first in {table}).</source>
        <translation>有 {count} 行引用了不存在的行（首个位于表 {table}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="200"/>
        <location filename="../../merchant_app/services/backup_postgres.py" line="181"/>
        <location filename="../../merchant_app/services/backup_restore.py" line="207"/>
        <source>The file is not a database of this app.</source>
        <translation>该文件不是本程序的数据库。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="203"/>
        <location filename="../../merchant_app/services/backup_restore.py" line="215"/>
        <source>The database holds no shop.</source>
        <translation>该数据库中没有店铺。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="209"/>
        <source>The file cannot be read as a database: {reason}</source>
        <translation>无法将该文件作为数据库读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="237"/>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="248"/>
        <source>The manifest {name} cannot be read: {reason}</source>
        <translation>无法读取清单文件 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="255"/>
        <source>The manifest {name} is missing, so the checksum and row counts cannot be compared.</source>
        <translation>缺少清单文件 {name}，因此无法比对校验和与行数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="269"/>
        <source>The file has {size} bytes; when it was made it had {expected}.</source>
        <translation>该文件大小为 {size} 字节；生成时为 {expected} 字节。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="281"/>
        <source>The file&apos;s checksum does not match its manifest: it was changed or damaged after it was written.</source>
        <translation>该文件的校验和与其清单不符：文件在写入后被修改或已损坏。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="303"/>
        <source>The file holds shop {found}, but its manifest names shop {expected}.</source>
        <translation>该文件包含店铺 {found}，但其清单中记录的是店铺 {expected}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="312"/>
        <source>The file is at schema revision {found}, but its manifest says {expected}.</source>
        <translation>该文件的数据库结构版本为 {found}，但其清单中记录的是 {expected}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="322"/>
        <source>The backup was made by a newer version of the app (schema revision {revision}); update the app before restoring it.</source>
        <translation>该备份由较新版本的程序制作（数据库结构版本 {revision}）；请先更新程序，再恢复此备份。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_checks.py" line="347"/>
        <location filename="../../merchant_app/services/backup_restore.py" line="457"/>
        <source>Table {table} has {found} rows; the manifest says {expected}.</source>
        <translation>表 {table} 有 {found} 行；清单中记录的是 {expected} 行。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_postgres.py" line="37"/>
        <source>The program “{program}” is not installed, so PostgreSQL backups cannot be made or restored on this computer. Install the PostgreSQL client tools (on Debian or Ubuntu: the package postgresql-client).</source>
        <translation>未安装程序“{program}”，因此无法在这台电脑上制作或恢复 PostgreSQL 备份。请安装 PostgreSQL 客户端工具（在 Debian 或 Ubuntu 上为 postgresql-client 软件包）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_postgres.py" line="48"/>
        <source>{program} failed: {reason}</source>
        <translation>{program} 运行失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_postgres.py" line="165"/>
        <source>The archive holds no data for table {table}.</source>
        <translation>归档中没有表 {table} 的数据。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_restore.py" line="60"/>
        <source>The backup {name} was not restored: {reason} Nothing was changed.</source>
        <translation>备份 {name} 未恢复：{reason} 未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_restore.py" line="68"/>
        <source>The shop&apos;s database {path} is open in another program (is the app still running on this computer?). Close it and try again; nothing was changed.</source>
        <translation>本店的数据库 {path} 正被其他程序打开（本程序是否仍在这台电脑上运行？）。请将其关闭后重试；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_restore.py" line="272"/>
        <source>The backup {name} was not restored: it is of another kind of database than this shop uses. Nothing was changed.</source>
        <translation>备份 {name} 未恢复：其数据库类型与本店使用的不同。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_restore.py" line="380"/>
        <source>The backup {name} was not restored: it is of the database schema {found}, and this shop uses {expected}. Nothing was changed.</source>
        <translation>备份 {name} 未恢复：其数据库结构为 {found}，而本店使用的是 {expected}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_restore.py" line="486"/>
        <source>There is no restore to undo.</source>
        <translation>没有可撤销的恢复操作。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_retention.py" line="42"/>
        <source>Backups to keep must be between 0 and {max} per period.</source>
        <translation>每个周期保留的备份数必须在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backup_schedule.py" line="89"/>
        <source>Please choose a folder for the backups.</source>
        <translation>请选择用于存放备份的文件夹。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backups.py" line="70"/>
        <source>The backup could not be written to {folder}: {reason} Nothing was kept.</source>
        <translation>无法将备份写入 {folder}：{reason} 未保留任何备份。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backups.py" line="172"/>
        <source>Too many backups in one hour in {folder}.</source>
        <translation>{folder} 中一小时内的备份过多。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/backups.py" line="218"/>
        <source>A backup is already being made.</source>
        <translation>已有备份正在进行中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard.py" line="140"/>
        <source>The processing target “{target}” must be between {low} and {high}.</source>
        <translation>处理时效目标“{target}”必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="75"/>
        <source>A list shows 1 to {limit} rows.</source>
        <translation>列表显示的行数必须在 1 到 {limit} 之间。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="265"/>
        <source>Orders in state “{state}” are not waiting.</source>
        <translation>状态为“{state}”的订单不是待处理订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="416"/>
        <source>Unknown dashboard figure “{figure}”.</source>
        <translation>未知的仪表盘指标“{figure}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="95"/>
        <source>The server “{host}” cannot be found. Check its name (or use its IP address) and this computer&apos;s network connection.</source>
        <translation>找不到服务器“{host}”。请检查服务器名称（或改用其 IP 地址）以及这台电脑的网络连接。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="105"/>
        <source>The server {host} does not accept connections on port {port}. Check the port, and that PostgreSQL is running on the server and listens to the network.</source>
        <translation>服务器 {host} 不接受端口 {port} 上的连接。请检查端口，并确认服务器上的 PostgreSQL 正在运行且已开启网络监听。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="115"/>
        <source>The server {host} did not answer within {seconds} seconds. Check the network, the server&apos;s name and port, and any firewall between this computer and the server.</source>
        <translation>服务器 {host} 在 {seconds} 秒内没有响应。请检查网络、服务器名称和端口，以及这台电脑与服务器之间的防火墙。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="126"/>
        <source>The server {host} cannot be reached: {reason}</source>
        <translation>无法连接到服务器 {host}：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="132"/>
        <source>The server {host} refused the user “{user}” with this password. Check the user name and the password (capital letters, input language).</source>
        <translation>服务器 {host} 拒绝了用户“{user}”使用此密码登录。请检查用户名和密码（大小写、输入法）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="142"/>
        <source>The server {host} does not let this computer connect to “{database}” as “{user}”. Ask whoever runs the server to allow this computer (pg_hba.conf).</source>
        <translation>服务器 {host} 不允许这台电脑以“{user}”身份连接到“{database}”。请联系服务器管理员允许这台电脑连接（pg_hba.conf）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="152"/>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>服务器 {host} 拒绝了连接：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="158"/>
        <source>The server {host} has no database “{database}”. Check the database&apos;s name, or ask whoever runs the server to create it.</source>
        <translation>服务器 {host} 上没有数据库“{database}”。请检查数据库名称，或请服务器管理员创建该数据库。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="168"/>
        <source>The database “{database}” on {host} holds other data, not a shop of this app. Choose the shop&apos;s database, or an empty database for a new shop.</source>
        <translation>{host} 上的数据库“{database}”存放的是其他数据，而不是本程序的店铺。请选择本店的数据库，或为新店铺选择一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="178"/>
        <source>The shop&apos;s database on {host} was updated by a newer version of this app. Update the app on this computer, then connect again.</source>
        <translation>{host} 上的本店数据库已被较新版本的程序更新。请先更新这台电脑上的程序，然后重新连接。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="188"/>
        <source>Connected to {host}, but the database “{database}” could not be read: {reason}</source>
        <translation>已连接到 {host}，但无法读取数据库“{database}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="197"/>
        <source>This shop&apos;s database is a file on this computer, so other desks cannot join it. Desks can only share a shop kept on a PostgreSQL server.</source>
        <translation>本店的数据库是这台电脑上的一个文件，因此其他工作台无法加入。只有存放在 PostgreSQL 服务器上的店铺才能由多个工作台共享。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="211"/>
        <source>This is not a desk set-up bundle: a bundle&apos;s text starts with “MERCHANT-DESK-1:”. Open the .txt file the Owner exported in Settings → Server on a desk of the shop.</source>
        <translation>这不是工作台配置包：配置包的文本以“MERCHANT-DESK-1:”开头。请打开店主在本店某个工作台的“设置 → 服务器”中导出的 .txt 文件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="221"/>
        <source>This desk set-up bundle was made by a newer version of the app (format {version}). Install the same version on this computer, then import it again.</source>
        <translation>此工作台配置包由较新版本的程序制作（格式 {version}）。请在这台电脑上安装相同版本的程序，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="231"/>
        <source>The desk set-up bundle is damaged or incomplete: it does not match its own check. Copy the whole file again.</source>
        <translation>工作台配置包已损坏或不完整：与其自身的校验码不符。请重新复制整个文件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="241"/>
        <source>The desk set-up bundle is mistyped: “{char}” in line {line}, group {group} never appears in a bundle. A bundle uses only the letters A to Z and the digits 2 to 7.</source>
        <translation>工作台配置包输入有误：第 {line} 行第 {group} 组中的“{char}”不会出现在配置包中。配置包只使用字母 A 到 Z 和数字 2 到 7。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="251"/>
        <source>The passphrase does not open this desk set-up bundle. Check it (capital letters, spaces, input language) and try again.</source>
        <translation>该口令无法打开此工作台配置包。请检查口令（大小写、空格、输入法）后重试。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="261"/>
        <source>The bundle&apos;s passphrase must have at least {n} characters; a few unrelated words are easy to say to the person setting up the desk and hard to guess.</source>
        <translation>配置包口令至少需要 {n} 个字符；由几个互不相关的词组成的口令既方便告诉设置工作台的人，又难以被猜到。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="271"/>
        <source>The bundle is for the shop “{shop}”, but the database “{database}” on {host} holds no shop. Ask the Owner for a new bundle.</source>
        <translation>此配置包属于店铺“{shop}”，但 {host} 上的数据库“{database}”中没有店铺。请向店主索取新的配置包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="281"/>
        <source>The bundle is for the shop “{bundle_shop}”, but the server now holds the shop “{server_shop}”. Ask the Owner for a new bundle.</source>
        <translation>此配置包属于店铺“{bundle_shop}”，但服务器上现在是店铺“{server_shop}”。请向店主索取新的配置包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="291"/>
        <source>The data key in this bundle does not open the shop&apos;s member records (the key was changed after the bundle was made). Ask the Owner for a new bundle.</source>
        <translation>此配置包中的数据密钥无法打开本店的会员资料（配置包制作后密钥已更改）。请向店主索取新的配置包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="512"/>
        <source>The connection options are not valid: {reason}</source>
        <translation>连接选项无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_connection.py" line="707"/>
        <location filename="../../merchant_app/services/recovery_kit.py" line="208"/>
        <source>The data key could not be read.</source>
        <translation>无法读取数据密钥。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/desk_router.py" line="77"/>
        <source>The shop&apos;s server cannot be reached, and this desk has no copy of the shop to work offline yet (it makes one the first time it connects). {reason}</source>
        <translation>无法连接本店的服务器，且此工作台尚无可供离线工作的店铺副本（首次连接时会创建副本）。{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/recovery_kit.py" line="91"/>
        <source>This recovery kit belongs to the shop “{kit_shop}” (id {kit_id}), but this computer&apos;s database is the shop “{this_shop}” (id {this_id}). Import the kit made for “{this_shop}”, or restore the backup of “{kit_shop}”.</source>
        <translation>此恢复包属于店铺“{kit_shop}”（ID {kit_id}），但这台电脑上的数据库是店铺“{this_shop}”（ID {this_id}）。请导入为“{this_shop}”制作的恢复包，或恢复“{kit_shop}”的备份。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/recovery_kit.py" line="102"/>
        <source>This recovery kit is for this shop, but its data key does not open this shop&apos;s member records. Use a kit made from this shop&apos;s database (the newest kit you have).</source>
        <translation>此恢复包属于本店，但其数据密钥无法打开本店的会员资料。请使用根据本店数据库制作的恢复包（您手头最新的恢复包）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="75"/>
        <source>Members can be grouped by segment or by tier.</source>
        <translation>会员可按分群或等级分组。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_periods.py" line="73"/>
        <source>The report period must not end ({last}) before it starts ({first}).</source>
        <translation>报表期间的结束日期（{last}）不能早于开始日期（{first}）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_periods.py" line="82"/>
        <source>A report period may cover at most {limit} days; {days} were asked.</source>
        <translation>报表期间最多只能包含 {limit} 天；当前请求了 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_periods.py" line="190"/>
        <source>There is no month {month}.</source>
        <translation>不存在月份 {month}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_periods.py" line="212"/>
        <source>Unknown report period “{grain}”.</source>
        <translation>未知的报表周期“{grain}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="116"/>
        <source>That location no longer exists.</source>
        <translation>该库位已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/reports.py" line="103"/>
        <source>Unknown report “{kind}”.</source>
        <translation>未知的报表“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync.py" line="73"/>
        <source>The server already holds item {seq} of this desk for another record; this desk&apos;s copy was made again without it. Ask for help before retrying.</source>
        <translation>服务器上此工作台的第 {seq} 项已属于另一条记录；此工作台的副本已在不含该项的情况下重新生成。重试前请先寻求帮助。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync.py" line="402"/>
        <source>This desk does not work offline: {reason}</source>
        <translation>此工作台无法离线工作：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_apply.py" line="74"/>
        <source>The {kind} queued on this desk ({record}) is no longer in its copy.</source>
        <translation>此工作台排队等待同步的{kind}（{record}）已不在其副本中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="162"/>
        <source>The note can have at most {max} characters.</source>
        <translation>备注最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="173"/>
        <source>That conflict no longer exists.</source>
        <translation>该冲突已不存在。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="175"/>
        <source>This conflict has already been resolved.</source>
        <translation>该冲突已解决。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="178"/>
        <source>“{resolution}” is not a way to resolve this conflict.</source>
        <translation>“{resolution}”不是解决此冲突的有效方式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="189"/>
        <source>Member {card} was erased; the offline edit cannot be applied.</source>
        <translation>会员 {card} 已被删除；无法应用离线修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_outbox.py" line="45"/>
        <source>This needs the shop&apos;s server, and this desk is offline (it is working from its own copy). Try again when the server is back.</source>
        <translation>此操作需要连接本店的服务器，而此工作台当前处于离线状态（正在使用自己的副本工作）。请在服务器恢复后重试。</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="109"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="113"/>
        <source>Kind:</source>
        <translation>类型:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="116"/>
        <source>&amp;Shows:</source>
        <translation>显示内容(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="122"/>
        <source>Fixed text before the value, e.g. “TO ”</source>
        <translation>显示在值前面的固定文字，例如“收件人：”</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="123"/>
        <source>&amp;Caption:</source>
        <translation>前缀文字(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="133"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="133"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="133"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="133"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="151"/>
        <source>Box:</source>
        <translation>区域:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="156"/>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="166"/>
        <source>Largest font size</source>
        <translation>最大字号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="167"/>
        <source>Smallest font size</source>
        <translation>最小字号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="168"/>
        <source>down to</source>
        <translation>最小缩至</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="173"/>
        <source>Si&amp;ze:</source>
        <translation>字号(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="180"/>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="181"/>
        <source>&amp;Wrap long text</source>
        <translation>长文本自动换行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="185"/>
        <source>Style:</source>
        <translation>样式:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="191"/>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="192"/>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="193"/>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="196"/>
        <source>&amp;Align:</source>
        <translation>对齐(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="203"/>
        <source>From the data (EAN-13, UPC-A or Code 128)</source>
        <translation>根据数据自动判断（EAN-13、UPC-A 或 Code 128）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="209"/>
        <source>&amp;Barcode:</source>
        <translation>条码(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="213"/>
        <source>Show the &amp;digits under the bars</source>
        <translation>在条码下方显示数字(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="221"/>
        <source>C&amp;hoose picture…</source>
        <translation>选择图片(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="222"/>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="325"/>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="226"/>
        <source>Picture:</source>
        <translation>图片:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="273"/>
        <source>Nothing: the caption only</source>
        <translation>无：仅显示说明文字</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="275"/>
        <source>Nothing: the picture below</source>
        <translation>无：使用下方的图片</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="322"/>
        <source>A picture of {size} KB</source>
        <translation>图片（{size} KB）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="334"/>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="336"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="346"/>
        <source>The picture could not be read: {problem}</source>
        <translation>无法读取图片：{problem}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="350"/>
        <source>The picture has {size} KB; at most {limit} KB fit in a layout.</source>
        <translation>该图片大小为 {size} KB；一个版式最多只能容纳 {limit} KB。</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/tiles.py" line="38"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/tiles.py" line="50"/>
        <source>{points} pt</source>
        <translation>{points} 个百分点</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="228"/>
        <source>Set up your shop</source>
        <translation>设置您的店铺</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../merchant_app/services/members.py" line="72"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="73"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="74"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/members.py" line="75"/>
        <source>Other</source>
        <translation>其他</translation>
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
        <location filename="../../merchant_app/imports/order_csv.py" line="99"/>
        <location filename="../../merchant_app/imports/product_csv.py" line="32"/>
        <source>the file is empty</source>
        <extracomment>The app&apos;s own order file, in the order the columns are written. Columns of Shopify&apos;s orders export that tell it apart (any one, with the required). Payment methods a file may name, by the app&apos;s codes (services.orders.PAYMENT_METHODS minus the member-only ones), and the terms &quot;pay later&quot; words stand for.</extracomment>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/order_csv.py" line="100"/>
        <source>the header is not that of an order file the app reads (its own order format or Shopify&apos;s orders export)</source>
        <translation>表头不属于本程序可读取的订单文件（本程序自身的订单格式或 Shopify 的订单导出）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/order_csv.py" line="106"/>
        <source>“{value}” is not a date (write it as 2026-01-31 or 2026-01-31 14:05)</source>
        <translation>“{value}”不是日期（请写成 2026-01-31 或 2026-01-31 14:05）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/order_csv.py" line="109"/>
        <source>unknown payment method “{value}”: use one of {allowed}</source>
        <translation>未知的支付方式“{value}”：请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/order_csv.py" line="112"/>
        <source>“{value}” differs from “{first}” given for this order on row {row}</source>
        <translation>“{value}”与第 {row} 行为此订单填写的“{first}”不一致</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/order_csv.py" line="115"/>
        <source>the quantity must be at least 1</source>
        <translation>数量至少为 1</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/order_csv.py" line="116"/>
        <source>an amount is paid but the payment method is missing</source>
        <translation>填写了付款金额，但缺少支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/order_csv.py" line="119"/>
        <source>unknown financial status “{value}”: use one of {allowed}</source>
        <translation>未知的付款状态“{value}”：请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/product_csv.py" line="33"/>
        <source>the header is not that of a product file the app reads (its own export, WooCommerce&apos;s or Shopify&apos;s product export)</source>
        <translation>表头不是本程序可读取的商品文件格式（本程序自身的导出、WooCommerce 或 Shopify 的商品导出）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/order_csv.py" line="105"/>
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
        <location filename="../../merchant_app/imports/table.py" line="52"/>
        <source>the header holds NUL characters (code 0): the file is not a text CSV (UTF-16 saved without its byte-order mark, or not a spreadsheet export at all?)</source>
        <translation>表头含有 NUL 字符（代码 0）：该文件不是文本 CSV（可能是未带字节顺序标记的 UTF-16 文件，或根本不是电子表格导出文件？）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/imports/table.py" line="57"/>
        <source>the value holds a NUL character (code 0), which cannot be stored: is the file really a text CSV?</source>
        <translation>该值含有无法保存的 NUL 字符（代码 0）：该文件真的是文本 CSV 吗？</translation>
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
        <location filename="../../merchant_app/services/product_import.py" line="460"/>
        <source>“{sku}” cannot be a variant of “{parent}”: parents are not variants</source>
        <translation>“{sku}”是多规格主商品，不能作为“{parent}”的规格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="474"/>
        <source>the parent SKU “{parent}” is neither in the file nor in the shop</source>
        <translation>主商品 SKU“{parent}”既不在文件中，也不在店铺中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="486"/>
        <source>“{parent}” is not a product with variants</source>
        <translation>“{parent}”不是多规格商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="512"/>
        <source>the barcode “{code}” is also on row {other}</source>
        <translation>条码“{code}”也出现在第 {other} 行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/product_import.py" line="533"/>
        <source>the barcode “{code}” already belongs to “{sku}” in the shop</source>
        <translation>条码“{code}”在店铺中已属于“{sku}”</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_import.py" line="76"/>
        <source>no product in the shop has the SKU “{sku}”</source>
        <translation>店铺中没有 SKU 为“{sku}”的商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_import.py" line="77"/>
        <source>“{sku}” groups variants: the file must name one of its variants</source>
        <translation>“{sku}”是多规格商品：文件中必须指定其中一个规格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_import.py" line="80"/>
        <source>“{sku}” is not on sale (its status is {status})</source>
        <translation>“{sku}”未在售（状态为 {status}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_import.py" line="81"/>
        <source>unknown delivery method “{value}”: use one of {allowed}</source>
        <translation>未知的配送方式“{value}”：请使用以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_import.py" line="84"/>
        <source>the date {value} is in the future</source>
        <translation>日期 {value} 晚于当前时间</translation>
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
    <name>JoinPage</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="80"/>
        <source>Join an existing shop</source>
        <translation>加入现有店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="83"/>
        <source>Open the bundle file and enter its passphrase. Staff then enrol on this desk with the enrolment codes the Owner gives them.</source>
        <translation>打开配置包文件并输入其口令。之后，员工使用店主提供的注册码在此工作台注册。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="92"/>
        <source>&amp;Open bundle file…</source>
        <translation>打开配置包文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="94"/>
        <source>&amp;Bundle:</source>
        <translation>配置包(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="104"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="113"/>
        <source>Open the desk set-up bundle</source>
        <translation>打开工作台配置包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="113"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="125"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取该文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="130"/>
        <source>Open the bundle file, or paste its text.</source>
        <translation>请打开配置包文件，或粘贴其文本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="133"/>
        <source>Enter the bundle&apos;s passphrase.</source>
        <translation>请输入配置包的口令。</translation>
    </message>
</context>
<context>
    <name>KitImportForm</name>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="98"/>
        <source>MERCHANT-KIT-1: … — scan the QR code, paste the text or open the .txt file</source>
        <translation>MERCHANT-KIT-1: … — 扫描 QR 码、粘贴文本或打开 .txt 文件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="108"/>
        <source>&amp;Open .txt file…</source>
        <translation>打开 .txt 文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="116"/>
        <source>Kit &amp;passphrase:</source>
        <translation>恢复包口令(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="133"/>
        <source>Open a recovery kit</source>
        <translation>打开恢复包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="135"/>
        <source>Recovery kit (*.txt);;All files (*)</source>
        <translation>恢复包 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="146"/>
        <source>The file could not be read: {error}</source>
        <translation>无法读取该文件：{error}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="150"/>
        <source>{name} is too large to be a recovery kit.</source>
        <translation>{name} 太大，不可能是恢复包。</translation>
    </message>
</context>
<context>
    <name>LabelsLog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="32"/>
        <source>Printed on {printer}</source>
        <translation>已在 {printer} 上打印</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="33"/>
        <source>Saved as PDF</source>
        <translation>已保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="34"/>
        <source>ZPL to {printer}</source>
        <translation>ZPL 发送至 {printer}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="35"/>
        <source>ZPL file</source>
        <translation>ZPL 文件</translation>
    </message>
</context>
<context>
    <name>LabelsScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/screen.py" line="31"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/screen.py" line="38"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/screen.py" line="39"/>
        <source>La&amp;youts</source>
        <translation>模板(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/screen.py" line="40"/>
        <source>Prin&amp;ters</source>
        <translation>打印机(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/screen.py" line="41"/>
        <source>Reprint &amp;log</source>
        <translation>补打记录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="58"/>
        <source>Label width:</source>
        <translation>标签宽度:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="59"/>
        <source>Label height:</source>
        <translation>标签高度:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="60"/>
        <source>Page width:</source>
        <translation>页面宽度:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="61"/>
        <source>Page height:</source>
        <translation>页面高度:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="62"/>
        <source>Left margin:</source>
        <translation>左边距:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="63"/>
        <source>Top margin:</source>
        <translation>上边距:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="64"/>
        <source>Gap across:</source>
        <translation>横向间距:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="65"/>
        <source>Gap down:</source>
        <translation>纵向间距:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="160"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="193"/>
        <source>Stock</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="211"/>
        <source>Columns:</source>
        <translation>列数:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="211"/>
        <source>Rows:</source>
        <translation>行数:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="224"/>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="228"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation type="vanished">显示内容:</translation>
    </message>
    <message>
        <source>X</source>
        <translation type="vanished">X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="vanished">Y</translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="vanished">宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="vanished">高度</translation>
    </message>
    <message>
        <source>Box (mm):</source>
        <translation type="vanished">区域 (mm):</translation>
    </message>
    <message>
        <source>down to</source>
        <translation type="vanished">最小缩至</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="vanished">字号(&amp;F):</translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="vanished">左对齐</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="vanished">居中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="vanished">右对齐</translation>
    </message>
    <message>
        <source>&amp;Align:</source>
        <translation type="vanished">对齐(&amp;A):</translation>
    </message>
    <message>
        <source>From the product (EAN-13, UPC-A or Code 128)</source>
        <translation type="vanished">取自商品（EAN-13、UPC-A 或 Code 128）</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="vanished">条码(&amp;B):</translation>
    </message>
    <message>
        <source>Fixed text before the value, e.g. “TO ”</source>
        <translation type="vanished">显示在值前面的固定文字，例如“收件人：”</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="vanished">前缀文字(&amp;C):</translation>
    </message>
    <message>
        <source>Remove &amp;field</source>
        <translation type="vanished">删除字段(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="168"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="169"/>
        <source>&amp;Save layout</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="177"/>
        <source>Preview with a sample label</source>
        <translation>使用示例标签预览</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="232"/>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="240"/>
        <source>Re&amp;move field</source>
        <translation>删除字段(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="269"/>
        <source>This layout comes with the app. Copy it to adjust it.</source>
        <translation>此模板为程序内置。如需调整，请先复制。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="273"/>
        <source>Changing layouts needs the permission to change shop settings.</source>
        <translation>修改模板需要“修改店铺设置”权限。</translation>
    </message>
    <message>
        <source>{kind} from “{source}”</source>
        <translation type="vanished">{kind}（取自“{source}”）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="441"/>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="446"/>
        <source>Layout “{name}” saved.</source>
        <translation>模板“{name}”已保存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="48"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="49"/>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="65"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="50"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="51"/>
        <source>QR code</source>
        <translation>QR 码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="52"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="55"/>
        <source>Recipient’s name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="56"/>
        <source>Recipient’s address</source>
        <translation>收件人地址</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="57"/>
        <source>Recipient’s phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="58"/>
        <source>Sender (the shop)</source>
        <translation>寄件人（本店）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="59"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="60"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="61"/>
        <source>Tracking link</source>
        <translation>物流查询链接</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="62"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="63"/>
        <source>Delivery method</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="64"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="66"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="67"/>
        <source>Product barcode</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/field_form.py" line="68"/>
        <source>Logo sent with the label</source>
        <translation>随标签发送的徽标</translation>
    </message>
</context>
<context>
    <name>LayoutsPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="476"/>
        <source>&amp;Copy…</source>
        <translation>复制(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="477"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="481"/>
        <source>Use at the &amp;packing desk</source>
        <translation>用于打包台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="483"/>
        <source>The packing desk prints shipping labels on this layout.</source>
        <translation>打包台使用此版式打印快递面单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="512"/>
        <source>{name} (shop)</source>
        <translation>{name}（本店）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="514"/>
        <source>{layout} · packing desk</source>
        <translation>{layout} · 打包台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="565"/>
        <source>Copy layout</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="566"/>
        <source>Name of the copy:</source>
        <translation>副本名称:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="567"/>
        <source>{name} (ours)</source>
        <translation>{name}（内置）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="578"/>
        <source>Delete layout</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="579"/>
        <source>Delete the layout “{name}”? Jobs printed with it cannot be reprinted.</source>
        <translation>删除模板“{name}”？用它打印过的任务将无法补打。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/layout_editor.py" line="605"/>
        <source>The packing desk now prints shipping labels on “{name}”.</source>
        <translation>打包台现在使用“{name}”打印快递面单。</translation>
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
        <location filename="../../merchant_app/gui/login.py" line="66"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="67"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="76"/>
        <source>&amp;Enrol on this desk…</source>
        <translation>在此工作台注册(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="78"/>
        <source>Import &amp;recovery kit…</source>
        <translation>导入恢复包(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="81"/>
        <source>On a new computer: bring this shop&apos;s keys and the Owner&apos;s sign-in here</source>
        <translation>在新电脑上：将本店的密钥和店主的登录信息导入此处</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="83"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="101"/>
        <location filename="../../merchant_app/gui/login.py" line="108"/>
        <source>Opening the shop…</source>
        <translation>正在打开店铺…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="137"/>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="141"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="147"/>
        <source>Opening the shop… you will be signed in shortly.</source>
        <translation>正在打开店铺…稍后将为您登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="153"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="197"/>
        <source>Sign in — {app}</source>
        <translation>登录 — {app}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/login.py" line="201"/>
        <source>Sign in to start work at this desk.</source>
        <translation>登录后即可在此工作台开始工作。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="51"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="57"/>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="63"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="69"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="75"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="81"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="87"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="93"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="99"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="105"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="111"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="115"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="235"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="236"/>
        <source>&amp;Lock desk</source>
        <translation>锁定工作台(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="239"/>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="242"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="251"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="252"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="253"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="317"/>
        <source>{name} ({role}) · desk {desk} · {db}</source>
        <translation>{name}（{role}）· 工作台 {desk} · {db}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="357"/>
        <source>This desk is locked</source>
        <translation>此工作台已锁定</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="360"/>
        <source>{name} was signed in. Sign in to continue; anyone else who signs in takes over the desk.</source>
        <translation>{name} 此前已登录。请登录以继续；其他人登录将接管此工作台。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="409"/>
        <source>Scanned {code}; this screen does not take scans.</source>
        <translation>已扫描 {code}；当前界面不接受扫码。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="429"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="436"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/main_window.py" line="437"/>
        <source>{app} {version}
Qt {qt}</source>
        <translation>{app} {version}
Qt {qt}</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_approval.py" line="24"/>
        <source>Manager approval</source>
        <translation>店长审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_approval.py" line="31"/>
        <source>Manager&apos;s login</source>
        <translation>店长登录名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_approval.py" line="34"/>
        <source>Manager&apos;s password</source>
        <translation>店长密码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_approval.py" line="35"/>
        <source>Manager&apos;s &amp;login:</source>
        <translation>店长登录名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_approval.py" line="36"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_approval.py" line="43"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="62"/>
        <source>Card:</source>
        <translation>会员卡号:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="63"/>
        <source>Phone:</source>
        <translation>电话:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="64"/>
        <source>Email:</source>
        <translation>邮箱:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="65"/>
        <source>Gender:</source>
        <translation>性别:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="66"/>
        <source>Birthday:</source>
        <translation>生日:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="67"/>
        <source>Address:</source>
        <translation>地址:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="68"/>
        <source>Tier / segment:</source>
        <translation>等级 / 分群:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="69"/>
        <source>Points:</source>
        <translation>积分:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="70"/>
        <source>Last 12 months:</source>
        <translation>近 12 个月:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="71"/>
        <source>Tags:</source>
        <translation>标签:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="72"/>
        <source>Notes:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="78"/>
        <source>Show &amp;personal data</source>
        <translation>显示个人信息(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="79"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="80"/>
        <source>Adjust p&amp;oints…</source>
        <translation>调整积分(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="81"/>
        <source>New &amp;ticket…</source>
        <translation>新建工单(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="82"/>
        <source>E&amp;xport data…</source>
        <translation>导出数据(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="83"/>
        <source>E&amp;rase…</source>
        <translation>删除数据(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="104"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="104"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="104"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="104"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="115"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="115"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="115"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="115"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="116"/>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="116"/>
        <source>Order / note</source>
        <translation>订单 / 备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="129"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="129"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="129"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="129"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="143"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="144"/>
        <source>Points history</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="145"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="170"/>
        <source>No member selected</source>
        <translation>未选择会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="192"/>
        <source> (erased)</source>
        <translation> （已删除）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="193"/>
        <source>Anonymous member</source>
        <translation>匿名会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="207"/>
        <source>{points} ({provisional} of them provisional until this desk syncs)</source>
        <translation>{points}（其中 {provisional} 为临时积分，本工作台同步后生效）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="214"/>
        <source>{orders} orders, {spend}</source>
        <translation>{orders} 笔订单，{spend}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="259"/>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="264"/>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="259"/>
        <source>Points to add (negative to take):</source>
        <translation>增加积分（负数为扣减）:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="264"/>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="330"/>
        <source>Reason:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="274"/>
        <source>Points adjusted.</source>
        <translation>积分已调整。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="277"/>
        <source>The adjustment waits for a manager&apos;s approval.</source>
        <translation>此调整需等待店长审批。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="296"/>
        <source>Export member data</source>
        <translation>导出会员数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="298"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="312"/>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="320"/>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="330"/>
        <source>Erase member</source>
        <translation>删除会员数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/detail.py" line="322"/>
        <source>Erase the personal data of member {card}? Their orders stay, without name, phone or address. This cannot be undone.</source>
        <translation>要删除会员 {card} 的个人信息吗？其订单将保留，但不再包含姓名、电话和地址。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="50"/>
        <source>Edit member</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="50"/>
        <source>Register a member</source>
        <translation>登记会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="56"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="63"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="70"/>
        <source>Comma-separated, e.g. vip, wholesale</source>
        <translation>以逗号分隔，例如 VIP, 批发</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="73"/>
        <source>&amp;Marketing</source>
        <translation>营销(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="74"/>
        <source>&amp;SMS</source>
        <translation>短信(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="75"/>
        <source>Emai&amp;l</source>
        <translation>邮件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="85"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="86"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="87"/>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="89"/>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="90"/>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="91"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="92"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="93"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="94"/>
        <source>Consents:</source>
        <translation>同意接收:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="152"/>
        <source>Already registered: {who}</source>
        <translation>已登记：{who}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/register_dialog.py" line="173"/>
        <source>Register anyway</source>
        <translation>仍然登记</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="73"/>
        <source>Name, phone, last 4 digits, email or card (Ctrl+F)</source>
        <translation>姓名、电话（或后 4 位）、邮箱或会员卡号 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="75"/>
        <source>Find members</source>
        <translation>查找会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="77"/>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="84"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="78"/>
        <source>All segments</source>
        <translation>所有分群</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="83"/>
        <source>Card</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="83"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="83"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="83"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="84"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="84"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="103"/>
        <source>&amp;Register member…</source>
        <translation>登记会员(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="107"/>
        <source>Re&amp;compute segments</source>
        <translation>重新计算分群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="110"/>
        <source>Export se&amp;gment…</source>
        <translation>导出分群(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="113"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="138"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="140"/>
        <source>Promotions and coupons</source>
        <translation>促销和优惠券</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="142"/>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="255"/>
        <source>Member registered: card {card}.</source>
        <translation>会员已登记：卡号 {card}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="267"/>
        <source>Tiers and segments recomputed: {n} members changed.</source>
        <translation>等级和分群已重新计算：{n} 位会员有变动。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="275"/>
        <source>Export segment</source>
        <translation>导出分群</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="277"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/screen.py" line="291"/>
        <source>Segment “{segment}” exported to {path}.</source>
        <translation>分群“{segment}”已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>ModifyOrderDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="400"/>
        <source>Modify order {number}</source>
        <translation>修改订单 {number}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="408"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="408"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="408"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="408"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="419"/>
        <source>Quantity of {sku}</source>
        <translation>{sku} 的数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="421"/>
        <source>Remove {sku}</source>
        <translation>移除 {sku}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="435"/>
        <source>Why the order changes (required)</source>
        <translation>修改订单的原因（必填）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="436"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="442"/>
        <source>The order has been reviewed: a manager must approve this change.</source>
        <translation>订单已审核：此修改需经店长批准。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="471"/>
        <source>Modifying orders is not available in this version yet.</source>
        <translation>当前版本暂不支持修改订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="486"/>
        <source>Order modified.</source>
        <translation>订单已修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="488"/>
        <source>The change is waiting for approval; the order stays as it was.</source>
        <translation>修改正在等待审批，订单暂保持不变。</translation>
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
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="152"/>
        <source>New after-sales case</source>
        <translation>新建售后单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="157"/>
        <source>&amp;Order number:</source>
        <translation>订单号(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="159"/>
        <source>Scan or type the order or waybill number</source>
        <translation>扫描或输入订单号或运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="161"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="167"/>
        <source>No order chosen yet.</source>
        <translation>尚未选择订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="178"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="179"/>
        <source>&amp;What went wrong:</source>
        <translation>问题描述(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="181"/>
        <source>&amp;Goods coming back:</source>
        <translation>退回商品(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="187"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="188"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="189"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="190"/>
        <source>Returned</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="191"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="192"/>
        <source>Goods go</source>
        <translation>商品去向</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="208"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="211"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="215"/>
        <source>&amp;Money back:</source>
        <translation>退款金额(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="223"/>
        <source>&amp;Open case</source>
        <translation>创建售后单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="266"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {customer} · {state} · total {total}, paid {paid}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {customer} · {state} · 合计 {total}，已付 {paid}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="268"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="294"/>
        <source>Quantity of {sku}</source>
        <translation>{sku} 的数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/aftersales.py" line="346"/>
        <source>Find the order first.</source>
        <translation>请先查找订单。</translation>
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
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="522"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="523"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="524"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="525"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="526"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="527"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="528"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="529"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="530"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="537"/>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="550"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="538"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="539"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="540"/>
        <source>Tendered</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="541"/>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="542"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="543"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="551"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="552"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="553"/>
        <source>From → to</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="554"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="555"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="562"/>
        <source>&amp;Lines</source>
        <translation>明细(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="563"/>
        <source>&amp;Payments</source>
        <translation>收款(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="564"/>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="586"/>
        <source>State:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="587"/>
        <source>Placed:</source>
        <translation>下单时间:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="588"/>
        <source>Customer:</source>
        <translation>客户:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="589"/>
        <source>Member:</source>
        <translation>会员:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="592"/>
        <source>Ship to:</source>
        <translation>收货方:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="593"/>
        <source>Address:</source>
        <translation>地址:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="594"/>
        <source>Delivery:</source>
        <translation>配送方式:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="595"/>
        <source>Terms:</source>
        <translation>付款条件:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="596"/>
        <source>Ships from:</source>
        <translation>发货位置:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="597"/>
        <source>Tracking:</source>
        <translation>运单号:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="598"/>
        <source>Notes:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="601"/>
        <source>Goods:</source>
        <translation>商品金额:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="602"/>
        <source>Order discount:</source>
        <translation>整单折扣:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="603"/>
        <source>Shipping and fees:</source>
        <translation>运费及其他费用:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="604"/>
        <source>Total:</source>
        <translation>合计:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="605"/>
        <source>Paid:</source>
        <translation>已付:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="606"/>
        <source>Balance:</source>
        <translation>差额:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="636"/>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="637"/>
        <source>Order {number}</source>
        <translation>订单 {number}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="640"/>
        <source>{state} (from {previous})</source>
        <translation>{state}（原为 {previous}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="646"/>
        <source>{time} by {user}</source>
        <translation>{time}（{user}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="651"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="664"/>
        <source>Warehouse: {note}</source>
        <translation>仓库备注：{note}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="675"/>
        <source>{amount} owed to the customer</source>
        <translation>应退客户 {amount}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="711"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="720"/>
        <source>&amp;Lines ({n})</source>
        <translation>明细 ({n})(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="721"/>
        <source>&amp;Payments ({n})</source>
        <translation>收款 ({n})(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="722"/>
        <source>&amp;History ({n})</source>
        <translation>历史 ({n})(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="758"/>
        <source>Take &amp;payment…</source>
        <translation>收款(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="760"/>
        <source>Re&amp;fund…</source>
        <translation>退款(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="762"/>
        <source>&amp;Modify…</source>
        <translation>修改(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="764"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="813"/>
        <source>Review order {number}</source>
        <translation>审核订单 {number}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="814"/>
        <source>Allocate the stock at:</source>
        <translation>从此位置分配库存:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="824"/>
        <source>Reviewed: the order now waits for the warehouse.</source>
        <translation>已审核：订单现等待仓库审核。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="830"/>
        <source>Approved for the warehouse: waybill issued, goods picked.</source>
        <translation>仓库已审核：已生成运单，已拣货。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="836"/>
        <source>Released from hold.</source>
        <translation>已解除挂起。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="842"/>
        <source>Order completed.</source>
        <translation>订单已完成。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="846"/>
        <source>Put on hold</source>
        <translation>挂起订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="846"/>
        <source>Why is the order held?</source>
        <translation>为什么挂起此订单？</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="850"/>
        <source>The order is on hold.</source>
        <translation>订单已挂起。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="856"/>
        <source>Cancel order {number}</source>
        <translation>取消订单 {number}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="857"/>
        <source>Why is the order cancelled? Its stock is given back.</source>
        <translation>为什么取消此订单？订单占用的库存将被释放。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="862"/>
        <source>Order cancelled; its stock was given back.</source>
        <translation>订单已取消，其占用的库存已释放。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="873"/>
        <source>Payment taken.</source>
        <translation>已收款。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="875"/>
        <source>Change due: {change}</source>
        <translation>应找零：{change}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="884"/>
        <source>Refund recorded.</source>
        <translation>退款已登记。</translation>
    </message>
</context>
<context>
    <name>OrderEntry</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="72"/>
        <source>Not enough stock of {sku} “{name}”: {available} available, {asked} asked.</source>
        <translation>{sku}“{name}”库存不足：可用 {available}，需要 {asked}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="255"/>
        <source>A line can have at most {max} units.</source>
        <translation>每行最多 {max} 件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="260"/>
        <source>The discount on {sku} cannot be more than the line&apos;s value ({value}).</source>
        <translation>{sku} 的折扣不能超过该行金额（{value}）。</translation>
    </message>
</context>
<context>
    <name>OrderEntryPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="128"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="131"/>
        <source>F2 search · F3 line discount · F4 customer · F5 delivery · F9 payment · F12 place order</source>
        <translation>F2 搜索 · F3 行折扣 · F4 客户 · F5 配送 · F9 收款 · F12 下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="137"/>
        <source>&amp;Clear order</source>
        <translation>清空订单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="152"/>
        <source>Scan, or type a name, SKU or barcode (F2)</source>
        <translation>扫码，或输入名称、SKU 或条码 (F2)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="153"/>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="251"/>
        <source>Find a product</source>
        <translation>查找商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="168"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="180"/>
        <source>Order &amp;discount:</source>
        <translation>整单折扣(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="184"/>
        <source>Order discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="189"/>
        <source>Co&amp;upon:</source>
        <translation>优惠券(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="192"/>
        <source>Code (or scan)</source>
        <translation>券码（或扫码）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="193"/>
        <source>Coupon code</source>
        <translation>优惠券码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="206"/>
        <source>&amp;Place order (F12)</source>
        <translation>下单 (F12)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="222"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="222"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="222"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="222"/>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="254"/>
        <source>Line discount</source>
        <translation>行折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="257"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="260"/>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="263"/>
        <source>Add payment</source>
        <translation>添加收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="266"/>
        <source>Place order</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="336"/>
        <source>Member {name} is on this order.</source>
        <translation>会员 {name} 已关联到此订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="350"/>
        <source>No product or member has the code {code}.</source>
        <translation>没有商品或会员使用编码 {code}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="356"/>
        <source>{sku} groups variants: scan or choose one of its variants.</source>
        <translation>{sku} 是多规格商品：请扫描或选择其中一个规格。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="363"/>
        <source>{sku} “{name}” is not on sale.</source>
        <translation>{sku}“{name}”未在售。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="380"/>
        <source>{sku} {name} × {qty}</source>
        <translation>{sku} {name} × {qty}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="444"/>
        <source>Change due shown for order {number}.</source>
        <translation>已显示订单 {number} 的应找零。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="465"/>
        <source>{percent} % off is beyond the shop&apos;s floor: a manager approves it when the order is placed.</source>
        <translation>优惠 {percent} % 超出店铺折扣底线：下单时需由店长批准。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="473"/>
        <source>{percent} % off catalog prices.</source>
        <translation>较标价优惠 {percent} %。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="481"/>
        <source>Add at least one product before placing the order.</source>
        <translation>请先添加至少一个商品再下单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="540"/>
        <source>Order {number} placed: total {total}, paid {paid}.</source>
        <translation>订单 {number} 已下单：合计 {total}，已付 {paid}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="546"/>
        <source>Change due: {change}.</source>
        <translation>应找零：{change}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="557"/>
        <source>This order is {percent} % off catalog prices, beyond the shop&apos;s floor. A manager signs in here to approve it.</source>
        <translation>此订单较标价优惠 {percent} %，超出店铺折扣底线。请店长在此登录以批准。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="563"/>
        <source>The order was not placed: its discount needs a manager&apos;s approval.</source>
        <translation>订单未下单：其折扣需要店长批准。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="575"/>
        <source>{name} may not approve discounts beyond the floor.</source>
        <translation>{name} 无权批准超出底线的折扣。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="676"/>
        <source>None (pickup)</source>
        <translation>无（自提）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="678"/>
        <source>Free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="682"/>
        <source>+ {extras} packaging/insurance</source>
        <translation>+ {extras} 包装/保价费</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="686"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="705"/>
        <source>No product matches “{text}”.</source>
        <translation>没有与“{text}”匹配的商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="805"/>
        <source>Clear order</source>
        <translation>清空订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry.py" line="806"/>
        <source>Throw away the order being entered?</source>
        <translation>放弃正在录入的订单？</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="84"/>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="85"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="86"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="87"/>
        <source>Approved for warehouse</source>
        <translation>仓库已审核</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="88"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="89"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="90"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="91"/>
        <source>Put on hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="92"/>
        <source>Released from hold</source>
        <translation>已解除挂起</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="93"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="94"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="95"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="96"/>
        <source>Modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="97"/>
        <source>Change requested</source>
        <translation>已申请修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="98"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="99"/>
        <source>Packing scans reset</source>
        <translation>打包扫描已重置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="124"/>
        <source>Total {total}</source>
        <translation>合计 {total}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="128"/>
        <source>paid {paid}</source>
        <translation>已付 {paid}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="134"/>
        <source>Stock allocated at {location}</source>
        <translation>库存分配在 {location}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="138"/>
        <source>Waybill {waybill}</source>
        <translation>运单号 {waybill}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="142"/>
        <source>Packed without scanning: {skus}</source>
        <translation>未扫描即打包：{skus}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="146"/>
        <source>Was {state}</source>
        <translation>原状态：{state}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="150"/>
        <source>waybill {waybill} voided</source>
        <translation>运单号 {waybill} 已作废</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="161"/>
        <source>{amount} by the methods paid</source>
        <translation>{amount}（按原支付方式）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="165"/>
        <source>Revision {n}: {before} → {after}; total {old} → {new}</source>
        <translation>第 {n} 次修改：{before} → {after}；合计 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="175"/>
        <source>Waiting for approval: {before} → {after}</source>
        <translation>等待审批：{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="179"/>
        <source>From a {format} file, row {row}</source>
        <translation>来自 {format} 文件，第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="183"/>
        <source>Case {case}: {action}</source>
        <translation>售后单 {case}：{action}</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="270"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="271"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="272"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="273"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="274"/>
        <source>Line discount</source>
        <translation>行折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="275"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="276"/>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="313"/>
        <source>{n} · backorder</source>
        <translation>{n} · 缺货销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="336"/>
        <source>This product may be sold beyond its stock (backorder).</source>
        <translation>此商品可超出库存销售（缺货销售）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_model.py" line="355"/>
        <source>“{text}” is not a quantity: type a whole number.</source>
        <translation>“{text}”不是有效数量：请输入整数。</translation>
    </message>
</context>
<context>
    <name>OrderListPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="128"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="182"/>
        <source>Number, tracking, phone, SKU, barcode, member or name (Ctrl+F)</source>
        <translation>单号、运单号、电话、SKU、条码、会员或姓名 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="185"/>
        <source>Search orders</source>
        <translation>搜索订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="189"/>
        <source>Customer names are searched among the newest {n} orders that pass the filters; set dates to look further back.</source>
        <translation>客户姓名仅在符合筛选条件的最新 {n} 个订单中搜索；如需查找更早的订单，请设置日期。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="195"/>
        <source>Order state</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="196"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="201"/>
        <source>Payment status</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="202"/>
        <source>Any payment</source>
        <translation>所有付款状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="207"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="209"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="211"/>
        <source>Orders placed on or after this day</source>
        <translation>该日及之后下的订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="213"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="215"/>
        <source>Orders placed on or before this day</source>
        <translation>该日及之前下的订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="219"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="220"/>
        <source>Clear the search and every filter</source>
        <translation>清除搜索和所有筛选条件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="230"/>
        <source>All desks</source>
        <translation>所有工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="271"/>
        <source>No order matches “{code}”.</source>
        <translation>没有与“{code}”匹配的订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="357"/>
        <source>{n}+ orders shown; scroll for more</source>
        <translation>已显示 {n}+ 个订单；滚动查看更多</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="359"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="43"/>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="44"/>
        <source>Awaiting warehouse</source>
        <translation>待仓库审核</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="45"/>
        <source>Warehouse approved</source>
        <translation>仓库已审核</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="46"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="47"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="48"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="49"/>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="50"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OrderStep</name>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="106"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="107"/>
        <source>Approve for warehouse</source>
        <translation>仓库审核</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="108"/>
        <source>Mark packed</source>
        <translation>标记为已打包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="109"/>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="110"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="111"/>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="112"/>
        <source>Release hold</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="113"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="78"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="80"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="81"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="82"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="83"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="84"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_list.py" line="85"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>OrderTotalsPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_totals.py" line="36"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_totals.py" line="37"/>
        <source>Order discount</source>
        <translation>整单优惠</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_totals.py" line="38"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_totals.py" line="39"/>
        <source>Packaging &amp; insurance</source>
        <translation>包装及保价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_totals.py" line="40"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_totals.py" line="41"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_totals.py" line="42"/>
        <source>Change due</source>
        <translation>应找零</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/screen.py" line="38"/>
        <source>&amp;New order</source>
        <translation>新建订单(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/screen.py" line="39"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/screen.py" line="40"/>
        <source>&amp;Packing desk</source>
        <translation>打包台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/screen.py" line="41"/>
        <source>&amp;After-sales</source>
        <translation>售后(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/screen.py" line="42"/>
        <source>&amp;Settlement</source>
        <translation>日结(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OrdersToPackModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="199"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="200"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="201"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="202"/>
        <source>Delivery</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="203"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="204"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="205"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="206"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="174"/>
        <source>The Owner&apos;s account</source>
        <translation>店主账号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="177"/>
        <source>The Owner can do everything, including adding staff. The password is kept in this computer&apos;s keyring, never in the shop&apos;s database.</source>
        <translation>店主拥有全部权限，包括添加员工。密码保存在本机的系统密钥环中，绝不会存入店铺数据库。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="185"/>
        <source>for example: anna</source>
        <translation>例如：anna</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="188"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="189"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="190"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="191"/>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="203"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PackingLinesModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="123"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="124"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="125"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="126"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="127"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
</context>
<context>
    <name>PackingPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="285"/>
        <source>Packing desk</source>
        <translation>打包台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="289"/>
        <source>&amp;Pack and ship</source>
        <translation>打包发货(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="290"/>
        <source>&amp;Batch: pick lists and labels</source>
        <translation>批量：拣货单和面单(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="294"/>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="873"/>
        <source>Scan an order number or waybill to start.</source>
        <translation>扫描订单号或运单号开始。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="302"/>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="306"/>
        <source>Order number, waybill, or an item&apos;s barcode or SKU — then Enter</source>
        <translation>订单号、运单号，或商品的条码或 SKU — 然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="308"/>
        <source>Scan field</source>
        <translation>扫描框</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="316"/>
        <source>Start &amp;again</source>
        <translation>重新开始(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="317"/>
        <source>Forget this order&apos;s scans and scan every item again</source>
        <translation>清除此订单的扫描记录，重新逐件扫描</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="318"/>
        <source>&amp;Close order</source>
        <translation>关闭订单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="319"/>
        <source>Put this order aside; its scans are kept</source>
        <translation>暂时搁置此订单；已扫描记录会保留</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="332"/>
        <source>Scan result</source>
        <translation>扫描结果</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="361"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="362"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="363"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="364"/>
        <source>Delivery</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="365"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="366"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="381"/>
        <source>Items on the order</source>
        <translation>订单商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="399"/>
        <source>Ship &amp;when it may ship (paid, cash on delivery or on account)</source>
        <translation>允许发货时即发货（已付款、货到付款或挂账）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="404"/>
        <source>Finish: print &amp;&amp; ship</source>
        <translation>完成：打印 &amp;&amp; 发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="409"/>
        <source>Finish: print &amp;&amp; ship  (Ctrl+Enter)</source>
        <translation>完成：打印 &amp;&amp; 发货  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="435"/>
        <source>Tick the orders to pick. One pick list groups their items by location; the shipping labels come out in the same order as this list.</source>
        <translation>勾选要拣货的订单。一张拣货单会按位置汇总这些订单的商品；快递面单按此列表的顺序输出。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="447"/>
        <source>Warehouse-approved orders</source>
        <translation>已审核交仓库的订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="457"/>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="458"/>
        <source>Tick &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="459"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="460"/>
        <source>Pick &amp;list + labels</source>
        <translation>拣货单 + 面单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="521"/>
        <source>(no order open)</source>
        <translation>（未打开订单）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="534"/>
        <source>{amount} owed</source>
        <translation>待付 {amount}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="555"/>
        <source>OK — all {units} scanned: Finish (Ctrl+Enter) prints and ships</source>
        <translation>正确 — {units} 件已全部扫描：完成 (Ctrl+Enter) 即打印并发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="558"/>
        <source>OK — {scanned} of {units} scanned</source>
        <translation>正确 — 已扫描 {scanned} / {units}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="577"/>
        <source>Still finishing the last order — scan again in a moment.</source>
        <translation>上一个订单仍在处理中 — 请稍后再扫描。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="588"/>
        <source>{number} is already open.</source>
        <translation>{number} 已打开。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="604"/>
        <source>{number}: {scanned} of {units} scanned so far.</source>
        <translation>{number}：目前已扫描 {scanned} / {units} 件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="614"/>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="664"/>
        <source>{number} open — scan each item ({scanned} of {units} scanned)</source>
        <translation>已打开 {number} — 请逐件扫描（已扫描 {scanned} / {units}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="634"/>
        <source>{sku} · {name}: {packed} of {quantity}</source>
        <translation>{sku} · {name}：{packed} / {quantity}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="655"/>
        <source>Still packing {number}; {other} was not opened.</source>
        <translation>仍在打包 {number}；未打开 {other}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="675"/>
        <source>Switch orders?</source>
        <translation>切换订单？</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="677"/>
        <source>{number} has {scanned} of {units} items scanned. Put it aside and open {other}? Its scans are kept.</source>
        <translation>{number} 已扫描 {scanned} / {units} 件。是否暂放此订单并打开 {other}？已扫描记录会保留。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="762"/>
        <source>Packing and printing {number}…</source>
        <translation>正在打包并打印 {number}…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="763"/>
        <source>Packing and printing…</source>
        <translation>正在打包并打印…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="772"/>
        <source>Shipped with {tracking}</source>
        <translation>已发货，运单号 {tracking}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="775"/>
        <source>Packed; not shipped: unpaid ({amount} owed)</source>
        <translation>已打包；未发货：未付款（待付 {amount}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="780"/>
        <source>Packed; not shipped yet</source>
        <translation>已打包；尚未发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="786"/>
        <source>{number}: packing slip and label saved in {folder}. Scan the next order.</source>
        <translation>{number}：装箱单和面单已保存到 {folder}。请扫描下一个订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="807"/>
        <source>{chosen} of {total} orders ticked</source>
        <translation>已勾选 {chosen} / {total} 个订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="818"/>
        <source>Tick at least one order.</source>
        <translation>请至少勾选一个订单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="823"/>
        <source>Making the pick list…</source>
        <translation>正在生成拣货单…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="825"/>
        <source>Making the labels…</source>
        <translation>正在生成面单…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="833"/>
        <source>Pick list and labels for {count} orders saved in {folder}.</source>
        <translation>{count} 个订单的拣货单和面单已保存到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="841"/>
        <source>Making the pick list and labels…</source>
        <translation>正在生成拣货单和面单…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/packing.py" line="864"/>
        <source>Scans cleared: scan every item of {number} again.</source>
        <translation>扫描记录已清除：请重新逐件扫描 {number} 的商品。</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="59"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="60"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="61"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="62"/>
        <source>Wallet</source>
        <translation>电子钱包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="63"/>
        <source>Store credit</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="64"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="143"/>
        <source>Payment (F9)</source>
        <translation>收款 (F9)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="152"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="153"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="154"/>
        <source>Tendered (cash)</source>
        <translation>实收（现金）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="163"/>
        <source>No payment yet: F9 adds one for what is owed.</source>
        <translation>尚无收款：按 F9 按待付金额添加一笔。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="167"/>
        <source>&amp;Add payment</source>
        <translation>添加收款(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="287"/>
        <source>Needs a member on the order</source>
        <translation>订单需关联会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="306"/>
        <source>Still owed: {amount}</source>
        <translation>待付：{amount}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="310"/>
        <source>Payments exceed the total by {amount}</source>
        <translation>收款超出合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="315"/>
        <source>Fully paid</source>
        <translation>已付清</translation>
    </message>
</context>
<context>
    <name>PaymentRow</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="64"/>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="68"/>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="69"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="71"/>
        <source>Cash tendered</source>
        <translation>现金实收</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="72"/>
        <source>Tendered</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="76"/>
        <location filename="../../merchant_app/gui/screens/orders/payment_panel.py" line="77"/>
        <source>Remove this payment</source>
        <translation>删除此笔收款</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="54"/>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="55"/>
        <source>Part paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="56"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="57"/>
        <source>Refund due</source>
        <translation>待退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/order_flow.py" line="58"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>PaymentTerms</name>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="69"/>
        <source>Pay before shipping</source>
        <translation>发货前付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="70"/>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/orders.py" line="71"/>
        <source>On account</source>
        <translation>挂账</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="55"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="57"/>
        <source>to</source>
        <translation>至</translation>
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
        <source>Approve discounts below the floor</source>
        <translation>批准突破折扣底线的折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="25"/>
        <source>Approve orders for the warehouse</source>
        <translation>批准订单交由仓库处理</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="26"/>
        <source>Pick, pack, label and ship</source>
        <translation>拣货、打包、贴标和发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="27"/>
        <source>Receive goods and transfer stock</source>
        <translation>收货和库存调拨</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="28"/>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="29"/>
        <source>Approve stock adjustments above the threshold</source>
        <translation>批准超出限额的库存调整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="32"/>
        <source>Count stock</source>
        <translation>盘点库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="33"/>
        <source>Approve and apply stock counts</source>
        <translation>批准并应用盘点结果</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="34"/>
        <source>Edit products and categories</source>
        <translation>编辑商品和分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="35"/>
        <source>Approve delisting products</source>
        <translation>批准商品下架</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="36"/>
        <source>Change prices</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="37"/>
        <source>Approve price changes</source>
        <translation>批准价格修改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="38"/>
        <source>Look up members</source>
        <translation>查询会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="39"/>
        <source>Register and edit members</source>
        <translation>登记和编辑会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="40"/>
        <source>See members&apos; personal data</source>
        <translation>查看会员个人信息</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="41"/>
        <source>Export and erase member data</source>
        <translation>导出和删除会员数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="42"/>
        <source>Take payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="43"/>
        <source>Issue refunds</source>
        <translation>办理退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="44"/>
        <source>Approve refunds above the threshold</source>
        <translation>批准超出限额的退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="45"/>
        <source>End-of-day settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="46"/>
        <source>Handle after-sales and tickets</source>
        <translation>处理售后和服务工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="47"/>
        <source>Print labels and documents</source>
        <translation>打印标签和单据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="48"/>
        <source>See reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="49"/>
        <source>See cost and margin figures</source>
        <translation>查看成本和毛利数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="50"/>
        <source>Make and restore backups</source>
        <translation>备份和恢复数据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="51"/>
        <source>Create users, reset passwords, unlock, issue enrolment codes</source>
        <translation>创建用户、重置密码、解锁账号、发放注册码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="54"/>
        <source>Edit roles and approve role changes</source>
        <translation>编辑角色和批准角色变更</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="55"/>
        <source>See, verify and export the audit trail</source>
        <translation>查看、校验和导出审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/permissions.py" line="56"/>
        <source>Change shop settings</source>
        <translation>修改店铺设置</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="44"/>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="45"/>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="46"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="47"/>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_points.py" line="48"/>
        <source>Reversed</source>
        <translation>冲回</translation>
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
    <name>PrintLogModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="55"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="56"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="57"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="58"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="59"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="60"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="61"/>
        <source>Orders or products</source>
        <translation>订单或商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="82"/>
        <source>Shipping</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="82"/>
        <source>Product</source>
        <translation>商品标签</translation>
    </message>
</context>
<context>
    <name>PrintLogPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="122"/>
        <source>&amp;Older entries</source>
        <translation>更早的记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="123"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="124"/>
        <source>&amp;Reprint…</source>
        <translation>重新打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="172"/>
        <source>Jobs shown: {n}</source>
        <translation>已显示任务：{n}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_log.py" line="172"/>
        <source>Nothing printed yet.</source>
        <translation>尚未打印任何内容。</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="106"/>
        <source>Product labels</source>
        <translation>商品标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="107"/>
        <source>Shipping labels</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="108"/>
        <source>&amp;Labels for:</source>
        <translation>标签类型(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="114"/>
        <source>Layout and printer</source>
        <translation>版式和打印机</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="118"/>
        <source>La&amp;yout:</source>
        <translation>版式(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="120"/>
        <source>P&amp;rinter:</source>
        <translation>打印机(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="123"/>
        <source>Label positions already used on the first sheet, counted row by row</source>
        <translation>第一张标签纸上已用掉的标签位置数，按行计数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="125"/>
        <source>S&amp;kip used positions:</source>
        <translation>跳过已用位置(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="128"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="129"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="130"/>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="359"/>
        <source>Send &amp;ZPL…</source>
        <translation>发送 ZPL(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="137"/>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="382"/>
        <source>Preview of the first page</source>
        <translation>第一页预览</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="166"/>
        <source>Scan or type a SKU or barcode</source>
        <translation>扫描或输入 SKU 或条码</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="169"/>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="170"/>
        <source>Copies of each product added</source>
        <translation>每个添加商品的打印份数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="171"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="178"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="178"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="178"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="183"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="184"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="201"/>
        <source>Orders in &amp;state</source>
        <translation>指定状态的订单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="202"/>
        <source>Order &amp;numbers</source>
        <translation>订单号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="213"/>
        <source>Order or tracking numbers, separated by spaces</source>
        <translation>订单号或运单号，以空格分隔</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="218"/>
        <source>&amp;Find orders</source>
        <translation>查找订单(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="225"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="225"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="225"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="275"/>
        <source>{name} (shop)</source>
        <translation>{name}（店铺）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="288"/>
        <source>Choose when printing</source>
        <translation>打印时选择</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="357"/>
        <source>Send &amp;ZPL</source>
        <translation>发送 ZPL(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="370"/>
        <source>Choose a layout.</source>
        <translation>请选择版式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="380"/>
        <source>Preview with a sample label</source>
        <translation>使用示例标签预览</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="424"/>
        <source>Copies of {sku}</source>
        <translation>{sku} 的份数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="429"/>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="446"/>
        <source>{products} products, {labels} labels</source>
        <translation>{products} 个商品，{labels} 张标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="487"/>
        <source>pickup: no label</source>
        <translation>自提：无需面单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="489"/>
        <source>no tracking number yet</source>
        <translation>尚无运单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="497"/>
        <source>{orders} orders, {labels} labels</source>
        <translation>{orders} 个订单，{labels} 张标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="524"/>
        <source>Add products first: scan them or type a SKU.</source>
        <translation>请先添加商品：扫码或输入 SKU。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="529"/>
        <source>Find the orders first; only orders with a tracking number get a label.</source>
        <translation>请先查找订单；只有已有运单号的订单才会生成面单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="549"/>
        <source>Save labels as PDF</source>
        <translation>将标签保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="549"/>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="601"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="563"/>
        <source>Save labels as ZPL</source>
        <translation>将标签保存为 ZPL</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="563"/>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="601"/>
        <source>ZPL files (*.zpl)</source>
        <translation>ZPL 文件 (*.zpl)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="576"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="599"/>
        <source>Reprint labels</source>
        <translation>重新打印标签</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="627"/>
        <source>Preparing labels…</source>
        <translation>正在准备标签…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="628"/>
        <source>Printing page {done} of {total}…</source>
        <translation>正在打印第 {done} / {total} 页…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="678"/>
        <source>Printing labels…</source>
        <translation>正在打印标签…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="680"/>
        <source>Sending labels to the printer…</source>
        <translation>正在将标签发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="681"/>
        <source>Writing labels…</source>
        <translation>正在写入标签…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="686"/>
        <source>Printed {n} labels on {printer}.</source>
        <translation>已在 {printer} 上打印 {n} 张标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="690"/>
        <source>Sent {n} labels to {printer}.</source>
        <translation>已向 {printer} 发送 {n} 张标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="694"/>
        <source>Wrote {n} labels.</source>
        <translation>已写入 {n} 张标签。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/print_panel.py" line="727"/>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="59"/>
        <source>&amp;New printer</source>
        <translation>新建打印机(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="60"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="65"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="70"/>
        <source>Installed printer (through the system)</source>
        <translation>已安装的打印机（通过系统）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="71"/>
        <source>ZPL label printer on the network</source>
        <translation>网络 ZPL 标签打印机</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="72"/>
        <source>ZPL files in a folder</source>
        <translation>输出 ZPL 文件到文件夹</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="78"/>
        <source>e.g. 192.168.1.50</source>
        <translation>例如 192.168.1.50</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="84"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="89"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="100"/>
        <source>Printer&apos;s own</source>
        <translation>打印机默认</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="104"/>
        <source>Default for &amp;shipping labels</source>
        <translation>默认用于快递面单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="105"/>
        <source>Default for p&amp;roduct labels</source>
        <translation>默认用于商品标签(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="108"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="109"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="110"/>
        <source>&amp;Installed printer:</source>
        <translation>已安装的打印机(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="111"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="112"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="113"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="114"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="115"/>
        <source>Offset &amp;right:</source>
        <translation>向右偏移(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="116"/>
        <source>Offset do&amp;wn:</source>
        <translation>向下偏移(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="117"/>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="118"/>
        <source>Dar&amp;kness (ZPL):</source>
        <translation>打印浓度 (ZPL)(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="129"/>
        <source>Offsets move everything printed (negative: left or up); the scale corrects printers that shrink or stretch. Make a test print on plain paper to check.</source>
        <translation>偏移会移动所有打印内容（负值表示向左或向上）；缩放用于校正会缩小或拉伸打印内容的打印机。请先用普通纸测试打印进行检查。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="138"/>
        <source>&amp;Test print</source>
        <translation>测试打印(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="139"/>
        <source>Sa&amp;ve printer</source>
        <translation>保存打印机(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="144"/>
        <source>Test &amp;layout:</source>
        <translation>测试版式(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="282"/>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="288"/>
        <source>Folder for ZPL files</source>
        <translation>存放 ZPL 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="301"/>
        <source>Printer “{name}” saved.</source>
        <translation>打印机“{name}”已保存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="315"/>
        <source>Delete printer</source>
        <translation>删除打印机</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="316"/>
        <source>Delete the printer “{name}”?</source>
        <translation>删除打印机“{name}”？</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/labels/printers.py" line="356"/>
        <source>Test label sent to {where}.</source>
        <translation>测试标签已发送到 {where}。</translation>
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
    <name>PromotionDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="66"/>
        <source>Edit promotion</source>
        <translation>编辑促销活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="66"/>
        <source>New promotion</source>
        <translation>新建促销活动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="73"/>
        <source>Empty: applies automatically</source>
        <translation>留空：自动生效</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="75"/>
        <source>Empty: the whole order</source>
        <translation>留空：适用于整单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="82"/>
        <source>For &amp;every full amount spent</source>
        <translation>每满即减，可累计(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="84"/>
        <source>Members &amp;only</source>
        <translation>仅限会员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="85"/>
        <source>&amp;Stacks with other promotions</source>
        <translation>可与其他促销叠加(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="88"/>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="93"/>
        <source>&amp;Active</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="99"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="100"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="101"/>
        <source>Coupon &amp;code:</source>
        <translation>优惠券码(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="102"/>
        <source>Product S&amp;KU:</source>
        <translation>商品 SKU(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="103"/>
        <source>&amp;Percentage off:</source>
        <translation>优惠百分比(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="104"/>
        <source>A&amp;mount off (Y):</source>
        <translation>减免金额 (Y)(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="105"/>
        <source>Spend &amp;threshold (X):</source>
        <translation>满额门槛 (X)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="107"/>
        <source>Member p&amp;rice:</source>
        <translation>会员价(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="108"/>
        <source>Minimum sp&amp;end:</source>
        <translation>最低消费(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="109"/>
        <source>&amp;Uses allowed:</source>
        <translation>可用次数(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="110"/>
        <source>Valid from / until:</source>
        <translation>有效期（起 / 止）:</translation>
    </message>
</context>
<context>
    <name>Promotions</name>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="44"/>
        <source>Percentage off</source>
        <translation>百分比折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="45"/>
        <source>Amount off</source>
        <translation>立减金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="46"/>
        <source>Spend X, save Y</source>
        <translation>满 X 减 Y</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="47"/>
        <source>Member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="365"/>
        <source>{name}: −{amount}</source>
        <translation>{name}：−{amount}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="404"/>
        <source>There is no coupon “{code}”.</source>
        <translation>不存在优惠券“{code}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="410"/>
        <source>Coupon “{code}” is not valid now.</source>
        <translation>优惠券“{code}”当前不可用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="414"/>
        <source>Coupon “{code}” has been used up.</source>
        <translation>优惠券“{code}”已用完。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="418"/>
        <source>Coupon “{code}” is for members only.</source>
        <translation>优惠券“{code}”仅限会员使用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="433"/>
        <source>Only one coupon per order: “{code}” was not used.</source>
        <translation>每个订单只能使用一张优惠券：“{code}”未使用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="462"/>
        <source>Member price ({name})</source>
        <translation>会员价（{name}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="501"/>
        <source>Coupon “{code}” needs a spend of at least {min}.</source>
        <translation>优惠券“{code}”需消费满 {min} 才可使用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/promotions.py" line="552"/>
        <source>Discounts capped at the shop&apos;s floor of {floor} %; a manager can approve more.</source>
        <translation>折扣已按店铺底线 {floor}% 封顶；店长可批准更大折扣。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/entry_promotions.py" line="60"/>
        <source>Coupon {code}</source>
        <translation>优惠券 {code}</translation>
    </message>
</context>
<context>
    <name>PromotionsPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="225"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="225"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="225"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="225"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="226"/>
        <source>Terms</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="226"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="226"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="226"/>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="227"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="232"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="232"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="243"/>
        <source>&amp;New promotion…</source>
        <translation>新建促销活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="244"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="262"/>
        <source>{pct} % off</source>
        <translation>优惠 {pct}%</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="264"/>
        <source>{amount} off</source>
        <translation>立减 {amount}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="267"/>
        <source>{y} off every {x}</source>
        <translation>每满 {x} 减 {y}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="267"/>
        <source>Spend {x}, save {y}</source>
        <translation>满 {x} 减 {y}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="270"/>
        <source>Members pay {price}</source>
        <translation>会员价 {price}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/promotions_editor.py" line="272"/>
        <source>, minimum {min}</source>
        <translation>，最低消费 {min}</translation>
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
    <name>RecoveryKit</name>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="56"/>
        <source>The shop&apos;s data key is now on this computer: member records can be read.</source>
        <translation>本店的数据密钥现已在此电脑上：可以读取会员资料。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="63"/>
        <source>This computer already had the shop&apos;s data key.</source>
        <translation>此电脑上已有本店的数据密钥。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="69"/>
        <source>{logins} can sign in here with the password they had when the kit was made.</source>
        <translation>{logins} 可使用制作恢复包时的密码在此登录。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="76"/>
        <source>Not restored, because they are no longer active Owners: {logins}.</source>
        <translation>未恢复，因为他们已不再是有效的店主：{logins}。</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="464"/>
        <source>Import recovery kit</source>
        <translation>导入恢复包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="466"/>
        <source>This shop&apos;s keys are not on this computer</source>
        <translation>此电脑上没有本店的密钥</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="471"/>
        <source>Import the shop&apos;s recovery kit to read member records and to let the Owner sign in here (after a restore on a new computer nobody can sign in until then). Scan the kit&apos;s QR code, paste its text or open its .txt file, then enter its passphrase.</source>
        <translation>导入本店的恢复包，以读取会员资料并让店主在此登录（在新电脑上恢复备份后，导入之前任何人都无法登录）。请扫描恢复包的 QR 码、粘贴其文本或打开其 .txt 文件，然后输入其口令。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="490"/>
        <source>&amp;Import kit</source>
        <translation>导入恢复包(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="493"/>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="508"/>
        <source>The scanned code is not a recovery kit.</source>
        <translation>扫描到的码不是恢复包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="521"/>
        <source>Scan, paste or open the kit&apos;s text first.</source>
        <translation>请先扫描、粘贴或打开恢复包的文本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="537"/>
        <source>Opening the recovery kit…</source>
        <translation>正在打开恢复包…</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="169"/>
        <source>Recovery kit</source>
        <translation>恢复包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="172"/>
        <source>A backup alone cannot be opened on a new computer: the key to the member records and the Owners&apos; passwords stay in this computer&apos;s keyring. The recovery kit carries them, locked with a passphrase you choose. Print it and keep it apart from the passphrase.</source>
        <translation>仅凭备份无法在新电脑上打开：会员资料的密钥和店主的密码保存在此电脑的密钥环中。恢复包携带这些信息，并用您设置的口令加密。请将其打印出来，并与口令分开保管。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="188"/>
        <source>Make a recovery kit</source>
        <translation>制作恢复包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="195"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="196"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="200"/>
        <source>At least 12 characters; a few unrelated words are easy to remember. Write the passphrase down and keep it somewhere other than the printed kit: without it the kit cannot be opened, and nobody can recover it.</source>
        <translation>至少 12 个字符；几个互不相关的词语很容易记住。请把口令写下来，并与打印的恢复包分开存放：没有口令就无法打开恢复包，而且任何人都无法找回口令。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="210"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="211"/>
        <source>Save as &amp;text…</source>
        <translation>另存为文本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="217"/>
        <source>Import a recovery kit</source>
        <translation>导入恢复包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="221"/>
        <source>On a computer that lacks the shop&apos;s keys (a new desk, or after a restore): scan the kit&apos;s QR code, paste its text or open its .txt file, then enter its passphrase.</source>
        <translation>在缺少本店密钥的电脑上（新工作台，或恢复备份之后）：扫描恢复包的 QR 码、粘贴其文本或打开其 .txt 文件，然后输入其口令。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="233"/>
        <source>&amp;Import kit</source>
        <translation>导入恢复包(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="244"/>
        <source>Only staff who may make backups can make a kit.</source>
        <translation>只有有权制作备份的员工才能制作恢复包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="265"/>
        <source>The last kit was made on {when} by {login}.</source>
        <translation>上一个恢复包由 {login} 于 {when} 制作。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="269"/>
        <source>No recovery kit has been made for this shop yet.</source>
        <translation>本店尚未制作过恢复包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="272"/>
        <source>This computer does not have the shop&apos;s data key: import the kit below.</source>
        <translation>此电脑没有本店的数据密钥：请在下方导入恢复包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="278"/>
        <source>Make a recovery kit now: without it, a backup cannot be restored on another computer.</source>
        <translation>请立即制作恢复包：没有它，备份无法在其他电脑上恢复。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="292"/>
        <source>The scanned code is not a recovery kit.</source>
        <translation>扫描到的码不是恢复包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="297"/>
        <source>Recovery kit scanned. Enter its passphrase, then choose Import kit.</source>
        <translation>已扫描恢复包。请输入其口令，然后选择“导入恢复包”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="310"/>
        <source>Save the recovery kit as PDF</source>
        <translation>将恢复包另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="310"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="312"/>
        <source>Save the recovery kit as text</source>
        <translation>将恢复包另存为文本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="312"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="333"/>
        <source>Making the recovery kit…</source>
        <translation>正在制作恢复包…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="343"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="391"/>
        <source>as text</source>
        <translation>为文本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="391"/>
        <source>as PDF</source>
        <translation>为 PDF</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="394"/>
        <source>Recovery kit saved to {path}. Print it and keep it apart from the passphrase. You can also save the same kit {other}.</source>
        <translation>恢复包已保存到 {path}。请将其打印出来，并与口令分开保管。您也可以将同一恢复包另存{other}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="406"/>
        <source>Scan, paste or open the kit&apos;s text first.</source>
        <translation>请先扫描、粘贴或打开恢复包的文本。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="422"/>
        <source>Opening the recovery kit…</source>
        <translation>正在打开恢复包…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/recovery_kit.py" line="444"/>
        <source>The kit could not be saved: {error}</source>
        <translation>无法保存恢复包：{error}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="351"/>
        <source>Refund on {number}</source>
        <translation>{number} 退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="361"/>
        <source>{method} (up to {amount})</source>
        <translation>{method}（最多 {amount}）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="370"/>
        <source>&amp;Method:</source>
        <translation>退款方式(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="371"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="372"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
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
    <name>ReportPeriodBar</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="191"/>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="197"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="197"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="197"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="197"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/periods.py" line="205"/>
        <source>Any day of the day, week or month to report</source>
        <translation>要统计的日、周或月中的任意一天</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../merchant_app/services/dashboard.py" line="406"/>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="214"/>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="236"/>
        <location filename="../../merchant_app/services/report_sales.py" line="72"/>
        <location filename="../../merchant_app/services/report_sales.py" line="107"/>
        <location filename="../../merchant_app/services/report_types.py" line="206"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard.py" line="410"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard.py" line="411"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="63"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="64"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="65"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="66"/>
        <location filename="../../merchant_app/services/report_sales.py" line="66"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="67"/>
        <location filename="../../merchant_app/services/report_sales.py" line="67"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="68"/>
        <source>Member card</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="69"/>
        <location filename="../../merchant_app/services/report_members.py" line="202"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="129"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="130"/>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="304"/>
        <location filename="../../merchant_app/services/report_sales.py" line="78"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="164"/>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="165"/>
        <location filename="../../merchant_app/services/report_sales.py" line="71"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="212"/>
        <location filename="../../merchant_app/services/report_members.py" line="200"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="213"/>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="234"/>
        <location filename="../../merchant_app/services/report_sales.py" line="69"/>
        <location filename="../../merchant_app/services/report_types.py" line="207"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="235"/>
        <location filename="../../merchant_app/services/report_sales.py" line="70"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="237"/>
        <location filename="../../merchant_app/services/report_sales.py" line="74"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="238"/>
        <location filename="../../merchant_app/services/report_sales.py" line="75"/>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="239"/>
        <location filename="../../merchant_app/services/report_sales.py" line="76"/>
        <source>Margin %</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="254"/>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="255"/>
        <location filename="../../merchant_app/services/report_stock.py" line="75"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="256"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="257"/>
        <source>Reorder quantity</source>
        <translation>补货量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="294"/>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="303"/>
        <source>Late</source>
        <translation>延误</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="301"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="302"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="337"/>
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="338"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="341"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="342"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="343"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="363"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/dashboard_lists.py" line="364"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="174"/>
        <source>Sales by member group</source>
        <translation>按会员分组统计销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="182"/>
        <source>Members by group</source>
        <translation>按分组统计会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="187"/>
        <location filename="../../merchant_app/services/report_members.py" line="211"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="191"/>
        <source>Ordered in the period</source>
        <translation>本期下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="212"/>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="216"/>
        <source>Ordered twice or more</source>
        <translation>下单两次及以上</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="218"/>
        <location filename="../../merchant_app/services/report_types.py" line="210"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="226"/>
        <source>Members by their current segment or tier; orders placed in the period (cancelled ones excepted).</source>
        <translation>按会员当前的分群或等级统计会员；订单为本期内下的订单（已取消的除外）。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="350"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="351"/>
        <location filename="../../merchant_app/services/report_members.py" line="370"/>
        <location filename="../../merchant_app/services/report_members.py" line="379"/>
        <source>Cases</source>
        <translation>售后单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="352"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="353"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="354"/>
        <source>Units back</source>
        <translation>退回件数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="355"/>
        <location filename="../../merchant_app/services/report_sales.py" line="538"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="356"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="359"/>
        <source>Average time to close</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="368"/>
        <source>Cases opened</source>
        <translation>新建售后单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="374"/>
        <source>Cases by kind</source>
        <translation>按类型统计售后单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="388"/>
        <source>Cases opened in the period, whatever the date of their order; money as the cases paid it out.</source>
        <translation>统计期内创建的售后单（不论其订单日期）；金额按售后单实际支付计算。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="68"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="73"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="77"/>
        <source>Average order</source>
        <translation>平均订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="201"/>
        <location filename="../../merchant_app/services/report_sales.py" line="291"/>
        <location filename="../../merchant_app/services/report_sales.py" line="377"/>
        <source>Sales over time</source>
        <translation>销售趋势</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="206"/>
        <source>Best-selling products</source>
        <translation>畅销商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="82"/>
        <source>Order lines of the orders placed in the period (cancelled ones excepted), after line discounts and before order discounts; cost at today&apos;s cost.</source>
        <translation>统计期内下单的订单（已取消的除外）的订单行，按行折扣后、订单折扣前计算；成本按当前成本计。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="296"/>
        <location filename="../../merchant_app/services/report_types.py" line="168"/>
        <source>Sales by category</source>
        <translation>按分类销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="308"/>
        <location filename="../../merchant_app/services/report_stock.py" line="549"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="394"/>
        <source>Orders placed in the period (cancelled ones excepted) and their totals as charged.</source>
        <translation>统计期内下单的订单（已取消的除外）及其实收总额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="429"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="447"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="511"/>
        <source>Net takings over time</source>
        <translation>净收款趋势</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="513"/>
        <location filename="../../merchant_app/services/report_sales.py" line="520"/>
        <location filename="../../merchant_app/services/report_sales.py" line="539"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="517"/>
        <source>Net by payment method</source>
        <translation>按付款方式的净额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="532"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="536"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="537"/>
        <source>Taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_sales.py" line="547"/>
        <source>Payments and refunds made in the period, on whatever day their order was placed.</source>
        <translation>统计期内发生的付款和退款，不论其订单在哪一天下单。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="76"/>
        <source>Value at price</source>
        <translation>按售价计值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="77"/>
        <source>Value at cost</source>
        <translation>按成本计值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="209"/>
        <source>Value at price by category</source>
        <translation>按分类的售价计值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="217"/>
        <source>Ledger stock at the end of the period (on hand now less the moves since), valued at today&apos;s price and cost.</source>
        <translation>统计期末的台账库存（当前在库减去此后的变动），按当前售价和成本计值。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="294"/>
        <source>At start</source>
        <translation>期初</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="295"/>
        <location filename="../../merchant_app/services/report_stock.py" line="311"/>
        <source>Received</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="296"/>
        <location filename="../../merchant_app/services/report_stock.py" line="312"/>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="297"/>
        <source>Returned to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="298"/>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="299"/>
        <source>Moved between locations</source>
        <translation>库位间移库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="300"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="301"/>
        <source>At end</source>
        <translation>期末</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="308"/>
        <source>Units received and shipped</source>
        <translation>收货与发货数量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="318"/>
        <source>Ledger moves dated in the period; stock at the end is on hand now less the moves since.</source>
        <translation>日期在统计期内的台账变动；期末库存为当前在库减去此后的变动。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="414"/>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="416"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="425"/>
        <source>Stock held by the slowest products</source>
        <translation>最滞销商品的库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="433"/>
        <source>Products with stock on hand now; units sold on the orders placed in the period; days of cover = on hand ÷ units sold per day, rounded up.</source>
        <translation>当前有在库库存的商品；销量为统计期内下单的订单上售出的数量；可售天数 = 在库 ÷ 日均销量，向上取整。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="523"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="529"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="537"/>
        <source>Sales by class</source>
        <translation>按类别销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="544"/>
        <source>Products by class</source>
        <translation>按类别的商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_stock.py" line="557"/>
        <source>A: the best sellers making the first 80 % of sales in the period; B: the next 15 %; C: the rest, and listed products that did not sell.</source>
        <translation>A：统计期内构成前 80 % 销售额的畅销商品；B：其后的 15 %；C：其余商品，以及未售出的在售商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="167"/>
        <source>Sales by product</source>
        <translation>按商品销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="169"/>
        <source>Sales by desk</source>
        <translation>按工作台销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="170"/>
        <source>Sales by staff member</source>
        <translation>按员工销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="171"/>
        <source>Sales by payment method</source>
        <translation>按付款方式销售</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="172"/>
        <source>Stock valuation</source>
        <translation>库存估值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="173"/>
        <source>Stock movement</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="174"/>
        <source>Slow movers</source>
        <translation>滞销品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="175"/>
        <source>ABC classification</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="176"/>
        <source>Members and segments</source>
        <translation>会员与分群</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="177"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="204"/>
        <source>Sales today</source>
        <translation>今日销售额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="205"/>
        <source>Orders today</source>
        <translation>今日订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="208"/>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="209"/>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="211"/>
        <source>Cost of goods</source>
        <translation>商品成本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="212"/>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="213"/>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="214"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="215"/>
        <source>Orders waiting</source>
        <translation>待处理订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="216"/>
        <source>Stock accuracy</source>
        <translation>库存准确率</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="217"/>
        <source>Points liability</source>
        <translation>积分负债</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="402"/>
        <source>Totals of the orders placed in the period (goods after discounts, plus delivery and other fees); every state but cancelled counts.</source>
        <translation>统计期内下单的订单总额（商品折扣后金额，加上运费及其他费用）；除已取消外的所有状态均计入。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="407"/>
        <source>Orders placed in the period, in every state but cancelled.</source>
        <translation>统计期内下单的订单，除已取消外的所有状态。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="410"/>
        <source>Sales divided by orders, rounded to the nearest minor unit.</source>
        <translation>销售额除以订单数，四舍五入到最小货币单位。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="413"/>
        <source>Units taken back by after-sales (returns and exchanges) out of the units sold on the orders placed in the period.</source>
        <translation>售后（退货和换货）收回的数量占统计期内下单的订单上售出数量的比例。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="418"/>
        <source>Of the members who ordered in the period, the share who placed two orders or more in it.</source>
        <translation>在统计期内下单的会员中，期内下单两次或以上的会员所占比例。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="422"/>
        <source>Units sold in the period at each product&apos;s cost today.</source>
        <translation>统计期内的销量按各商品当前成本计算。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="425"/>
        <source>Goods sold (line totals less order discounts) minus units sold at today&apos;s cost.</source>
        <translation>售出商品金额（行合计减去订单折扣）减去销量按当前成本计算的金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="429"/>
        <source>Listed products whose sellable stock is at or below their reorder point.</source>
        <translation>可售库存处于或低于补货点的在售商品。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="432"/>
        <source>Open orders per state, the age of the oldest since it was placed, and how many are past the shop&apos;s target.</source>
        <translation>各状态的未完成订单数、其中最早一单自下单以来的时长，以及超出本店目标的订单数。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="437"/>
        <source>Share of counted lines that matched the ledger, in the latest applied count of each location.</source>
        <translation>在每个库位最近一次已入账的盘点中，与台账相符的盘点行所占比例。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_types.py" line="442"/>
        <source>Points members hold now, valued at the shop&apos;s point value.</source>
        <translation>会员当前持有的积分，按本店积分价值计值。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/reports.py" line="67"/>
        <source>Made {time} by {name}</source>
        <translation>由 {name} 于 {time} 生成</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/reports.py" line="68"/>
        <source>First {rows} rows only</source>
        <translation>仅前 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/reports.py" line="69"/>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/reports.py" line="70"/>
        <source>Nothing to show for this period.</source>
        <translation>此期间没有可显示的内容。</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="140"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="157"/>
        <source>Re&amp;port:</source>
        <translation>报表(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="170"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="179"/>
        <source>&amp;Desk:</source>
        <translation>工作台(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="179"/>
        <source>All desks</source>
        <translation>所有工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="180"/>
        <source>&amp;Staff:</source>
        <translation>员工(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="180"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="181"/>
        <source>C&amp;ategory:</source>
        <translation>分类(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="181"/>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="182"/>
        <source>&amp;Location:</source>
        <translation>库位(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="182"/>
        <source>All locations</source>
        <translation>所有库位</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="283"/>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="289"/>
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="337"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="339"/>
        <source>The first {n} rows are shown.</source>
        <translation>仅显示前 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="343"/>
        <source>Double-click a row to open it.</source>
        <translation>双击某行可将其打开。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="367"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/reports_view.py" line="379"/>
        <source>Does not apply to this report</source>
        <translation>不适用于此报表</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/records.py" line="108"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/records.py" line="109"/>
        <source>Your role does not have the screen that shows this record.</source>
        <translation>您的角色没有显示此记录的界面。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/records.py" line="151"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/records.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/records.py" line="154"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/records.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/records.py" line="182"/>
        <source>Exporting the report…</source>
        <translation>正在导出报表…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/screen.py" line="36"/>
        <source>&amp;Dashboard</source>
        <translation>仪表盘(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/screen.py" line="40"/>
        <source>R&amp;eports</source>
        <translation>报表(&amp;E)</translation>
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
        <location filename="../../merchant_app/gui/screens/roles.py" line="193"/>
        <source>&amp;New role</source>
        <translation>新建角色(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="196"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="199"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="202"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="208"/>
        <source>R&amp;oles:</source>
        <translation>角色(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="227"/>
        <source>What people with this role do</source>
        <translation>拥有此角色的人员负责的工作</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="231"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="234"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="242"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="242"/>
        <source>Technical name</source>
        <translation>技术名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="251"/>
        <source>&amp;Permissions:</source>
        <translation>权限(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="257"/>
        <source>● Unsaved changes</source>
        <translation>● 有未保存的更改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="91"/>
        <location filename="../../merchant_app/gui/screens/roles.py" line="277"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="76"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="77"/>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="78"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="79"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="80"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="81"/>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="82"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="83"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="84"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="85"/>
        <source>Settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="86"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="87"/>
        <source>Labels and documents</source>
        <translation>标签和单据</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="88"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="89"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="90"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="92"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="93"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="95"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="417"/>
        <location filename="../../merchant_app/gui/screens/roles.py" line="461"/>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="426"/>
        <source>A built-in role keeps its name</source>
        <translation>内置角色不能改名</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="436"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="439"/>
        <source>Users with this role: {n}. Changes apply at their next action.</source>
        <translation>拥有此角色的用户：{n}。更改将在他们下一次操作时生效。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="459"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="460"/>
        <source>The role “{name}” has unsaved changes. Save them?</source>
        <translation>角色“{name}”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="490"/>
        <source>The role “{name}” has been saved.</source>
        <translation>角色“{name}”已保存。</translation>
    </message>
</context>
<context>
    <name>RolesTableModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="127"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="127"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="127"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="134"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="134"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="147"/>
        <source>Ships with the app; its permissions can be changed, not its name</source>
        <translation>随程序提供；可以修改其权限，但不能修改其名称</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/roles.py" line="150"/>
        <source>Permissions: {permissions} · Users: {users}</source>
        <translation>权限：{permissions} · 用户：{users}</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/screen.py" line="35"/>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/safety/screen.py" line="36"/>
        <source>&amp;Recovery kit</source>
        <translation>恢复包(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="41"/>
        <source>New</source>
        <translation>新会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="42"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="43"/>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="44"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/member_tiers.py" line="45"/>
        <source>Lapsed</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/report_members.py" line="54"/>
        <source>Not a member</source>
        <translation>非会员</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="91"/>
        <source>Server (several desks, one shop)</source>
        <translation>服务器（多个工作台，一家店铺）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="97"/>
        <source>Desks share one shop through a PostgreSQL server. The server&apos;s password is kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>多个工作台通过 PostgreSQL 服务器共享同一家店铺。服务器密码保存在本机的密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="109"/>
        <source>for example shop-server or 192.168.1.20</source>
        <translation>例如 shop-server 或 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="118"/>
        <source>Use it when the server offers it</source>
        <translation>服务器支持时使用</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="119"/>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="120"/>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>必需，并校验服务器证书</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="121"/>
        <source>Off (only on a trusted network)</source>
        <translation>关闭（仅限可信网络）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="125"/>
        <source>name=value&amp;name=value (rarely needed)</source>
        <translation>name=value&amp;name=value（很少需要）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="128"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="132"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="135"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="136"/>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="137"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="138"/>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="139"/>
        <source>Other o&amp;ptions:</source>
        <translation>其他选项(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="145"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="146"/>
        <source>&amp;Use this server</source>
        <translation>使用此服务器(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="147"/>
        <source>E&amp;xport desk set-up bundle…</source>
        <translation>导出工作台配置包(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="158"/>
        <source>Only staff who may change shop settings can point this desk elsewhere.</source>
        <translation>只有可以更改店铺设置的员工才能将此工作台指向其他位置。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="164"/>
        <source>Only a shop kept on a PostgreSQL server can be joined by other desks.</source>
        <translation>只有保存在 PostgreSQL 服务器上的店铺才能被其他工作台加入。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="168"/>
        <source>Only staff who may make backups can export the bundle.</source>
        <translation>只有可以进行备份的员工才能导出配置包。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="180"/>
        <source>This desk keeps the shop in a file on this computer.</source>
        <translation>此工作台将店铺保存在本机的文件中。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="188"/>
        <source>This desk works on the server {server}.</source>
        <translation>此工作台使用服务器 {server}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="194"/>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="335"/>
        <source>kept in this computer&apos;s keyring</source>
        <translation>保存在本机的密钥环中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="236"/>
        <source>Connected. The database is empty: after “Use this server” and a restart, a new shop is set up there.</source>
        <translation>已连接。数据库为空：选择“使用此服务器”并重新启动后，将在其中新建一家店铺。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="241"/>
        <source>Connected. The server holds the shop “{shop}”.</source>
        <translation>已连接。服务器上保存着店铺“{shop}”。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="246"/>
        <source>Its database will be updated for this version of the app when the shop opens on it.</source>
        <translation>店铺在其上打开时，其数据库将更新以适配此版本的应用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="251"/>
        <source>It is not the shop open on this desk now: this desk would join it as a new desk, and staff enrol there with codes from its Owner.</source>
        <translation>它不是此工作台当前打开的店铺：此工作台将作为新工作台加入该店铺，员工需使用其店主提供的注册码在那里注册。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="303"/>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="310"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="330"/>
        <source>Checking the server…</source>
        <translation>正在检查服务器…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="339"/>
        <source>Saved. Close the app and start it again: the shop will then open on {server}.</source>
        <translation>已保存。请关闭应用并重新启动：之后店铺将在 {server} 上打开。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="343"/>
        <source>Saved. Close the app and start it again: this desk will then open the shop “{shop}” on {server} as a new desk. Staff enrol there with enrolment codes from its Owner.</source>
        <translation>已保存。请关闭应用并重新启动：之后此工作台将作为新工作台打开 {server} 上的店铺“{shop}”。员工需使用其店主提供的注册码在那里注册。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="349"/>
        <source>Saved. Close the app and start it again: a new shop will then be set up on {server}.</source>
        <translation>已保存。请关闭应用并重新启动：之后将在 {server} 上新建一家店铺。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="361"/>
        <source>desk-set-up-bundle.txt</source>
        <translation>desk-set-up-bundle.txt</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="364"/>
        <source>Save the desk set-up bundle</source>
        <translation>保存工作台配置包</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="366"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="388"/>
        <source>The desk set-up bundle for “{shop}” is saved in {path}. On the new computer, choose “Join an existing shop” when the app first starts. Give the passphrase separately.</source>
        <translation>“{shop}”的工作台配置包已保存到 {path}。在新电脑上首次启动应用时，请选择“加入现有店铺”。口令请另行告知。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/server_settings.py" line="396"/>
        <source>Sealing the desk set-up bundle…</source>
        <translation>正在封装工作台配置包…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="62"/>
        <source>This desk</source>
        <translation>本工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="71"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="72"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="73"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="77"/>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="80"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="84"/>
        <source>Only staff who may change shop settings can set this.</source>
        <translation>只有有权修改店铺设置的员工才能设置此项。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="85"/>
        <source>Lock the desk after &amp;idle time:</source>
        <translation>空闲多久后锁定工作台(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="89"/>
        <source>Where the shop lives</source>
        <translation>店铺数据存放位置</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="93"/>
        <source>OS keyring</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="94"/>
        <source>memory (demo shop)</source>
        <translation>内存（演示店铺）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="95"/>
        <source>memory (tests)</source>
        <translation>内存（测试）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="98"/>
        <source>Shop:</source>
        <translation>店铺:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="99"/>
        <source>Desk:</source>
        <translation>工作台:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="100"/>
        <source>Database:</source>
        <translation>数据库:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="101"/>
        <source>Data folder:</source>
        <translation>数据文件夹:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="102"/>
        <source>Passwords kept in:</source>
        <translation>密码保存在:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="125"/>
        <source>Shop rules (all desks)</source>
        <translation>店铺规则（所有工作台）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="130"/>
        <source>Delist a product automatically when its stock reaches zero</source>
        <translation>库存为零时自动下架商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="132"/>
        <source>Price changes need a manager&apos;s approval</source>
        <translation>改价需要店长审批</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="135"/>
        <source> units</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="138"/>
        <source>Stock adjustments above this need approval:</source>
        <translation>超过此数量的库存调整需要审批:</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="139"/>
        <source>Save shop &amp;rules</source>
        <translation>保存店铺规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/settings.py" line="174"/>
        <source>Shop rules saved.</source>
        <translation>店铺规则已保存。</translation>
    </message>
</context>
<context>
    <name>SettlementPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="132"/>
        <source>End-of-day settlement</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="133"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="147"/>
        <source>Expected and counted per method</source>
        <translation>各支付方式的应有金额与清点金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="150"/>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="151"/>
        <source>Taken</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="152"/>
        <source>Refunded</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="153"/>
        <source>Expected</source>
        <translation>应有金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="154"/>
        <source>Counted</source>
        <translation>清点金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="155"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="171"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="173"/>
        <source>Why the drawer is over or short, if it is</source>
        <translation>如钱箱长款或短款，请说明原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="175"/>
        <source>&amp;Settle</source>
        <translation>结算(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="184"/>
        <source>&amp;Past settlements</source>
        <translation>历史日结(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="185"/>
        <source>Save report &amp;PDF…</source>
        <translation>保存报告 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="261"/>
        <source>Counted {method}</source>
        <translation>{method}清点金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="264"/>
        <source>count the drawer</source>
        <translation>清点钱箱</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="282"/>
        <source>Desk {desk}: {count} payments and refunds not yet settled, from {first} to {last}.</source>
        <translation>工作台 {desk}：有 {count} 笔收款和退款尚未日结，时间从 {first} 到 {last}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="293"/>
        <source>Desk {desk}: no payments since the last settlement.</source>
        <translation>工作台 {desk}：自上次日结以来没有收款。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="340"/>
        <source>not counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="340"/>
        <source>not an amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="351"/>
        <source>Count the cash in the drawer.</source>
        <translation>请清点钱箱中的现金。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="355"/>
        <source>Short by {amount}</source>
        <translation>短款 {amount}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="360"/>
        <source>Over by {amount}</source>
        <translation>长款 {amount}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="364"/>
        <source>Balanced: counted equals expected.</source>
        <translation>账实相符：清点金额等于应有金额。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="401"/>
        <source>Settled as {number}; difference {amount}.</source>
        <translation>已日结，单号 {number}；差异 {amount}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="405"/>
        <source>Settled as {number}; the drawer balances.</source>
        <translation>已日结，单号 {number}；钱箱账实相符。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="409"/>
        <source>Save report PDF…</source>
        <translation>保存报告 PDF…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="425"/>
        <source>Save settlement report</source>
        <translation>保存日结报告</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="425"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="443"/>
        <source>The report could not be saved: {error}</source>
        <translation>无法保存报告：{error}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="448"/>
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>SettlementsModel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="73"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="74"/>
        <source>Settled</source>
        <translation>日结时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="75"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="76"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="77"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="78"/>
        <source>Cash counted</source>
        <translation>清点现金</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/settlement.py" line="79"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="144"/>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="146"/>
        <source>This is printed on receipts and labels; you can change it later.</source>
        <translation>此名称将打印在小票和标签上，之后可以修改。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="159"/>
        <source>Shop &amp;name:</source>
        <translation>店铺名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="160"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="161"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/first_run.py" line="162"/>
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
    <name>SyncConflict</name>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="34"/>
        <source>Order {order}: {asked} × {sku} were sold offline, but only {sellable} were left when the order reached the server. The order is kept as a backorder.</source>
        <translation>订单 {order}：离线时售出了 {asked} × {sku}，但订单同步到服务器时仅剩 {sellable} 件可售。该订单按缺货销售保留。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="39"/>
        <source>Order {order}: coupon “{code}” was used offline, but the server refused it ({why}). The order keeps its discount.</source>
        <translation>订单 {order}：离线时使用了优惠券“{code}”，但服务器拒绝了它（{why}）。该订单保留其折扣。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="44"/>
        <source>{record}: member {card} spent {needed} points offline, but has only {balance} on the server. The points were not taken.</source>
        <translation>{record}：会员 {card} 离线时使用了 {needed} 积分，但服务器上只有 {balance} 积分。积分未被扣除。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="49"/>
        <source>Order {order} was cancelled while this desk was offline, and it took {paid} on it. The payment is kept: refund it or reopen the sale.</source>
        <translation>订单 {order} 在此工作台离线期间已被取消，而此工作台在该订单上收款 {paid}。该付款已保留：请退款或重新打开该销售。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="54"/>
        <source>Member {card} was changed on another desk while this desk was offline. The other desk&apos;s version is kept; the offline edit can still be applied.</source>
        <translation>此工作台离线期间，会员 {card} 在另一个工作台上被修改。已保留另一工作台的版本；离线修改仍可应用。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="59"/>
        <source>Member {card} was registered offline with the phone or email of member {others}.</source>
        <translation>会员 {card} 是离线注册的，使用了会员 {others} 的电话或电子邮件。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="66"/>
        <source>Dealt with</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="67"/>
        <source>Keep the server&apos;s version</source>
        <translation>保留服务器版本</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/sync_conflicts.py" line="68"/>
        <source>Apply the offline edit</source>
        <translation>应用离线修改</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="75"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="76"/>
        <source>Connected to the shop&apos;s server. Click for the sync panel.</source>
        <translation>已连接本店的服务器。点击打开同步面板。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="78"/>
        <source>Sending {n}…</source>
        <translation>正在发送 {n} 项…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="79"/>
        <source>Sending what this desk did offline to the server.</source>
        <translation>正在将此工作台离线期间的操作发送到服务器。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="81"/>
        <source>Offline — {n} waiting</source>
        <translation>离线 — {n} 项待发送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/desk_sync.py" line="82"/>
        <source>The server cannot be reached: {reason}</source>
        <translation>无法连接服务器：{reason}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="35"/>
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="36"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="37"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="38"/>
        <source>Sent, with a conflict</source>
        <translation>已发送，有冲突</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="46"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="47"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="48"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="49"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="50"/>
        <source>Audit entries</source>
        <translation>审计日志条目</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="126"/>
        <source>Sync with the shop&apos;s server</source>
        <translation>与本店的服务器同步</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="132"/>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="133"/>
        <source>Send what waits now, if the server answers.</source>
        <translation>如果服务器有响应，立即发送待发送的项目。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="135"/>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="136"/>
        <source>Put the failed items back in the queue and send.</source>
        <translation>将失败的项目重新放回队列并发送。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="138"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="146"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="147"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="148"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="149"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="150"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="151"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="159"/>
        <source>Conflicts to resolve</source>
        <translation>待解决的冲突</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="217"/>
        <source>Waiting: {pending} · Sent: {sent} · Failed: {failed}</source>
        <translation>待发送：{pending} · 已发送：{sent} · 失败：{failed}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="251"/>
        <source>Conflicts are listed when the server can be reached. {reason}</source>
        <translation>能连接服务器时才会列出冲突。{reason}</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="259"/>
        <source>No conflicts: every offline sale reached the server as it was made.</source>
        <translation>没有冲突：所有离线销售均已按原样到达服务器。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="262"/>
        <source>No sale was lost. These need a manager&apos;s decision: act on each, then choose how it was resolved.</source>
        <translation>没有丢失任何销售。以下项目需要经理决定：逐一处理，然后选择其解决方式。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="284"/>
        <source>Conflict resolved: {choice}.</source>
        <translation>冲突已解决：{choice}。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="314"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="320"/>
        <source>Sending the failed items again…</source>
        <translation>正在重新发送失败的项目…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/sync/panel.py" line="328"/>
        <source>Sent {sent}; failed {failed}; still waiting {remaining}.</source>
        <translation>已发送 {sent} 项；失败 {failed} 项；仍待发送 {remaining} 项。</translation>
    </message>
</context>
<context>
    <name>TakePaymentDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="293"/>
        <source>Take payment for {number}</source>
        <translation>{number} 收款</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="301"/>
        <source>Exactly the amount</source>
        <translation>按应付金额</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="303"/>
        <source>&amp;Method:</source>
        <translation>支付方式(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="304"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="305"/>
        <source>Cash &amp;tendered:</source>
        <translation>现金实收(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/orders/order_detail.py" line="306"/>
        <source>Change:</source>
        <translation>找零:</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="38"/>
        <source>Order-processing targets</source>
        <translation>订单处理时效目标</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="42"/>
        <source>How soon after it was placed an order should leave each state. The dashboard counts the orders past their target as late.</source>
        <translation>订单下单后应在多长时间内离开各个状态。仪表盘会将超出目标的订单计为延误。</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="50"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="50"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="56"/>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="57"/>
        <source>&amp;Reviewed within:</source>
        <translation>审核时限(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="58"/>
        <source>&amp;Handed to the warehouse within:</source>
        <translation>移交仓库时限(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="59"/>
        <source>&amp;Packed within:</source>
        <translation>打包时限(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/reports/targets_dialog.py" line="60"/>
        <source>&amp;Shipped within:</source>
        <translation>发货时限(&amp;S):</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="334"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="335"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/tasks.py" line="337"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="60"/>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="72"/>
        <source>&amp;Follow up on</source>
        <translation>回访日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="81"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="82"/>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="83"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="84"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="27"/>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="28"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="29"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="33"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="34"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="35"/>
        <source>Waiting for customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="36"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="40"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="41"/>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="42"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="43"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="44"/>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/services/service_tickets.py" line="45"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="128"/>
        <source>Open tickets</source>
        <translation>未解决的工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="129"/>
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="130"/>
        <source>All tickets</source>
        <translation>所有工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="131"/>
        <source>Which tickets</source>
        <translation>工单范围</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="134"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="134"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="134"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="134"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="135"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="135"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="135"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="135"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="136"/>
        <source>Follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="136"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="151"/>
        <source>&amp;Resolve…</source>
        <translation>解决(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="152"/>
        <source>In &amp;progress</source>
        <translation>处理中(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="182"/>
        <source>{category}: {total} ({open} open)</source>
        <translation>{category}：{total}（{open} 个未解决）</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="189"/>
        <source>Last 90 days — </source>
        <translation>近 90 天 — </translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="189"/>
        <source>no tickets</source>
        <translation>无工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="213"/>
        <source>Resolve ticket</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <location filename="../../merchant_app/gui/screens/members/tickets.py" line="214"/>
        <source>Resolution of {number}:</source>
        <translation>{number} 的处理结果:</translation>
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
