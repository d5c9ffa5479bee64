# Texts of the app's screens. English is the reference for every language.

# The language's own name, as it appears in the language list.
language-name = 中文
app-name = 神秘顾客
go-home = 返回首页
not-found-title = 此页面不存在
store-failed-title = 应用无法打开本设备上的存储空间
settings-set-aside = 无法读取本设备上保存的设置。已另存一份副本，现在使用默认设置：请在“设置”中检查您的选择。
cancel = 取消
save = 保存
saved = 已保存
previous = 上一步
next = 下一步

## Connection and outbox badge

connection-online = 在线
connection-offline = 离线——您的内容已保存在本设备上
connection-unknown = 正在连接…
outbox-badge = { $count ->
    [0] 没有待上传的评估
   *[other] { $count } 份评估待上传
}

## First run and settings

welcome-title = 欢迎
welcome-lead = 为您在政府服务中心的来访评分，或执行分配给您的评估。
language-label = 语言
welcome-role = 谁在使用本应用？
role-citizen = 我是来访者
role-citizen-hint = 轻点几下即可为来访评分
role-shopper = 我是神秘顾客
role-shopper-hint = 执行完整评估
settings-title = 设置
settings-server = 服务器地址

## Finding a centre

centres-title = 选择服务中心
centres-search = 按名称搜索
centres-nearest = 由近及远
centres-locating = 正在获取您的位置…
centres-entity = 主管机构
centres-all = 全部
centres-none-yet = 尚未下载服务中心列表。请连接一次互联网，或打开服务中心二维码上的链接。
centres-no-match = 没有符合搜索条件的服务中心。
distance-km = 距离 { $km } 公里

## Citizen rating

face-happy = 满意
face-neutral = 一般
face-unhappy = 不满意
rate-more = 添加更多详情（可选）
rate-comment = 您的意见
rate-employee = 工作人员姓名或柜台号
rate-submit = 发送我的评分
rate-unknown-centre = 此服务中心不在列表中
rate-unknown-centre-hint = 请检查链接或二维码，或从列表中选择服务中心。
checklist-missing = 本设备上暂无此评估表。
missing-item = 请回答：{ $item }
confirm-thanks = 感谢您的评估
confirm-sending = 正在发送…
confirm-sent = 已发送。服务中心将看到您的评估。
confirm-saved = 已保存在本设备上。恢复在线后将自动发送。
confirm-refused = 无法发送：{ $reason }
confirm-again = 为另一次来访评分

## Answers

answer-yes = 是
answer-no = 否
answer-na = 不适用
scale-1 = 1 — 很差
scale-2 = 2 — 较差
scale-3 = 3 — 一般
scale-4 = 4 — 良好
scale-5 = 5 — 优秀
unit-minutes = { $count ->
   *[other] 分钟（目标：{ $count } 分钟）
}
evidence-photo-needed = 请添加一张能说明此情况的照片。
evidence-comment-needed = 请在意见中描述发生的情况。
comment-add = 添加意见
comment-label = 意见
comment-placeholder = 您注意到了什么？
photo-add = 添加照片
photo-processing = 正在处理照片…
photo-not-an-image = 此文件不是照片。请选择 JPEG 或 PNG 图片。
photo-unreadable = 无法读取照片：{ $reason }
photo-count = { $count ->
   *[other] { $count } 张照片
}

## Shopper visits

sign-in-title = 登录
sign-in-username = 用户名
sign-in-password = 密码
sign-in-submit = 登录
sign-in-wrong = 用户名或密码错误。
sign-in-offline = 无法连接服务器。请检查网络连接后重试。
sign-in-as = 已登录：{ $name }
sign-out = 退出登录
visits-title = 我的来访
visits-sign-in-first = 请先登录，以便上传您的评估。
visits-in-progress = 进行中的来访
visits-new = 开始新的来访
visits-centre = 服务中心
visits-service = 服务
visits-start = 开始来访
answered-count = { $count ->
   *[other] 已回答 { $count } 题
}
visit-not-found = 本设备上没有此来访记录。
visit-submitted = 此来访已提交。
visit-progress = 评估进度
visit-stages = 来访阶段
visit-review = 检查并提交
check-in = 立即签到
check-in-needed = 到达服务中心时请签到：系统将记录时间和您的位置。
checked-in-at = 已于 { $time } 签到。
check-in-inside = 在服务中心范围内。
check-in-outside = 在服务中心范围外。
check-in-no-location = 无法获取位置。
timer-start = 开始计时
timer-stop = 停止计时

## Summary

summary-title = 检查您的评估
summary-complete = 所有必填项均已完成。
summary-missing = { $count ->
   *[other] 还有 { $count } 项需要处理
}
missing-answer = 需要回答
missing-photo = 需要照片
missing-comment = 需要填写意见
summary-score = 各阶段得分
summary-stage = 阶段
summary-percent = 得分
summary-overall = 整体评估
summary-employee = 工作人员姓名或柜台号
summary-comment = 总体意见
summary-submit = 提交评估

## Outbox

outbox-title = 发件箱
outbox-empty = 本设备上还没有评估。
outbox-kind-rating = 评分
outbox-kind-visit = 来访
outbox-resume = 继续
outbox-delete = 删除
outbox-delete-confirm = 删除此草稿？此操作无法撤消。
outbox-delete-yes = 确定删除
outbox-retry = 重试
state-draft = 草稿——尚未提交
state-waiting = 等待上传
state-uploading = 正在上传…
state-uploaded = 已上传
state-retrying = 尚未上传——将自动重试
state-refused = 服务器未接受：{ $reason }
state-needs-sign-in = 登录后即可上传

## Why the server refused an evaluation (by the server's error code)

error-conflict = 已有另一份评估以相同编号发送。
error-not-returned = 此评估正在审核中，目前无法更改。
error-revision-out-of-order = 此评估版本未接续服务器上的最新版本。
error-unknown-centre = 服务器已无法识别此服务中心。
error-unknown-service = 该服务中心已不再提供此项服务。
error-unknown-template = 服务器无法识别此版本的评估表。请更新应用。
error-template-mismatch = 评估与其评估表不符。请更新应用。
error-invalid-role = 此评估表不能以当前身份使用。
error-missing-answer = 缺少一项必填的回答。
error-missing-photo = 缺少一张必需的照片。
error-missing-comment = 缺少一项必填的意见。
error-photo-missing = 有一张照片未能传到服务器。请重试。
error-too-large = 评估或其中一张照片过大。
error-invalid-workbook = 该文件不是服务器可读取的工作簿，或文件过大。请另存为 .xlsx 格式。
error-password-change-required = 请先更改临时密码。
error-weak-password = 请选择更长的密码：至少 12 个字符，不能是用户名，也不能是常见密码。
error-too-long = 有一段文字过长。
error-invalid-field = 服务器无法读取评估的部分内容。请更新应用。
error-wrong-kind = 有一项回答的格式不正确。请更新应用。
error-invalid-value = 有一项回答不被允许。
error-unknown-item = 评估中含有评估表未要求的回答。请更新应用。
error-bad-json = 服务器无法读取此评估。请更新应用。
error-id-mismatch = 评估编号不一致。请更新应用。
error-hash-mismatch = 有一张照片在传输中损坏。请重试。
error-not-an-image = 有一张照片无法作为图片读取。
error-forbidden = 您的账户无权发送此评估。
error-unauthorized = 请重新登录以发送此评估。
error-invalid-id = 评估编号无效。请更新应用。
error-invalid-photo-id = 有一张照片的名称无效。请更新应用。

## 保存在本设备上

store-save-failed = 未能保存在本设备上。您输入的内容仍在这里，请重试。
store-read-failed = 无法读取本设备上保存的评估。请关闭应用后重新打开；如果问题持续，请寻求帮助。

## 退出登录

sign-out-waiting = 有些走访正在等待上传，需要您登录。它们会保留在本设备上，您重新登录后会自动上传。
sign-out-yes = 仍然退出登录
signed-out = 您已退出登录。

## 服务器给出的其他原因（按错误代码）

error-rate-limited = 刚才从这里发送的评价太多。您的评价已保存，稍后会自动发送。
error-too-many-attempts = 登录尝试次数过多。请等几分钟后再试。
error-staff-cannot-rate = 工作人员账户不能发送访客评价。请退出登录后重新发送。
error-citizen-not-revisable = 访客评价发送后不能再修改。
error-photo-has-metadata = 有一张照片仍带有隐藏信息，例如拍摄地点。请更新应用。
error-photo-too-large = 有一张照片太大。请重新拍摄或选择较小的照片。
error-implausible-value = 有一个回答不可能正确，例如等待时间过长。请检查后重试。
error-unknown-locale = 服务器不认识这份评估的语言。请更新应用。
error-unsupported-media-type = 服务器不接受这种文件类型。请更新应用。
error-unknown-kiosk = 此自助终端未注册。请让中心工作人员重新注册。
error-kiosk-wrong-centre = 此自助终端注册在另一个中心。请让中心工作人员检查。
error-invalid-path = 应用使用了服务器不接受的地址。请更新应用。

error-bad-body = 无法读取请求。请重试。
error-bad-query = 无法理解搜索或筛选条件。
error-internal = 服务器出错。没有任何更改；请稍后再试。
error-method-not-allowed = 此处无法执行该操作。
error-not-found = 服务器上没有所请求的内容。
connection-offline-short = 离线
rate-loading-centre = 正在加载服务中心…
rate-catalogue-unavailable = 本设备上还没有服务中心列表。请连接互联网后重试。
photo-remove = 删除这张照片
photo-thumbnail = 照片 { $number }
visits-change-centre = 更换服务中心
visits-service-needed = 请选择您要评估的服务。
settings-digits = 数字
error-illegal-transition = 评估的当前状态不允许此决定。
error-evidence-required = 将此整改措施标记为完成，需要一条说明所做工作的备注；如措施要求，还需一张照片。
error-comment-required = 退回或拒绝评估时，请在评论中说明原因。

role-supervisor = 我负责审核评估或管理服务中心（工作人员）
review-status-received = 已接收
review-status-has-issues = 有问题
review-status-returned = 已退回给神秘顾客
review-status-approved = 已批准
review-status-rejected = 已拒绝
review-inbox-title = 待审核的评估
review-filter-status = 状态
review-filter-role = 评估人
review-all = 全部
review-role-citizen = 市民
review-role-shopper = 神秘顾客
review-count = 找到的评估：{ $count }
review-inbox-empty = 此筛选条件下没有内容。
review-select = 选择
review-col-centre = 服务中心
review-col-role = 提交者类型
review-col-visit = 到访
review-col-score = 得分
review-col-status = 状态
review-col-photos = 照片
review-col-place = 签到
review-more = 显示更多
review-bulk-done = 已批准：{ $count }
review-bulk-confirm = 批准所选评估（{ $count }）？
review-approve = 批准
review-approve-selected = 批准所选（{ $count }）
review-visit-photos = 到访照片
review-no-check-in = 无签到
review-outside-by = 在服务中心范围外 { $metres } 米
review-by = 提交人
review-minutes-of-target = { $minutes } 分钟（目标 { $target } 分钟）
review-history = 历史
review-received-revision = 已收到第 { $revision } 版
review-commented = 评论
review-no-moves = 现在无法作出决定：正在等待神秘顾客。
review-comment = 给神秘顾客或记录的评论
review-do-approved = 批准
review-do-has-issues = 标记为有问题
review-do-rejected = 拒绝
review-do-returned = 退回给神秘顾客
review-compared = 第 { $revision } 版；自第 { $previous } 版以来的改动已标出。
review-was = 原为：{ $answer }
visit-returned = 主管已退回：{ $comment }
review-from = 起始日期
review-to = 截止日期
review-next = 下一份评估
review-filters = 筛选

## Centre performance
review-places = 审核
stats-title = 绩效
stats-period = 时间段
stats-last-30 = 最近 30 天
stats-last-90 = 最近 90 天
stats-last-365 = 最近 12 个月
stats-entity = 机构
stats-combined = 综合指数
stats-customer = 客户指数
stats-audit = 审查指数
stats-rating = 评级
stats-rank = 排名
stats-evaluations = 评估
stats-evaluation-count = 评估数：{ $count }
stats-answer-count = 回答数：{ $count }
stats-stars = { $stars }/{ $max } 星
stats-too-few = 数量太少，无法评级
stats-no-rating = 尚未评级
stats-league = 服务中心
stats-no-centres = 没有可显示的服务中心。
stats-back = 全部服务中心
stats-trend = 趋势
stats-trend-summary = 该时间段内的综合指数和两项指数
stats-trend-table = 以表格显示数据
stats-week = 第 { $week } 周
stats-stages = 客户旅程各阶段
stats-no-evaluations = 此时间段内没有计入的评估。
stats-happiness = 市民满意度
stats-no-citizens = 此时间段内没有市民评分。
stats-reasons = 不满意时给出的原因
stats-strengths = 优势
stats-weaknesses = 改进机会
stats-too-few-items = 回答太少，暂无法判断。
stats-employees = 员工和窗口
stats-no-employees = 此时间段内未提及任何员工或窗口。
stats-alerts = 警报
stats-alert-text = { $minutes } 分钟内 { $ratings } 个评分中有 { $unhappy } 个不满意
stats-alert-cleared = 现已恢复正常
stats-acknowledge = 已知悉
stats-exports = 导出
stats-export-evaluations-csv = 评估（CSV）
stats-export-evaluations-xlsx = 评估（Excel）
stats-export-answers-csv = 回答（CSV）
stats-export-rows = 第 { $done } 行，共 { $total } 行
stats-export-bytes = 已接收 { $kb } KB
stats-export-saved = 已保存：{ $place }
stats-settings = 星级评定方式
stats-settings-customer-weight = 客户指数权重（%）
stats-settings-min-customer-count = 获得星级所需的市民评分数
stats-settings-min-audit-count = 获得星级所需的已批准审查数
stats-settings-band = { $stars } 星起点（%）
stats-settings-bands = 星级区间
stats-settings-save = 保存
stats-settings-saved = 已保存；此后所有数据都将使用此设置。
stats-settings-not-number = 不是数字：{ $field }

## Proof of visit
review-filter-flag = 到访证明
proof-flag-outside-geofence = 在服务中心外签到
proof-flag-no-location = 无位置
proof-flag-duplicate-photos = 照片已用于另一份评估
proof-flag-clock-skew = 设备时钟不准
proof-clock-offset = 设备时钟相差 { $minutes } 分钟；到访时间已更正。
check-in-accuracy = ± { $metres } 米
location-denied = 此应用的定位已关闭：签到已保存但不含位置。可在设备设置中允许。
location-timeout = 未能及时获得定位：签到已保存但不含位置。
location-unavailable = 此设备未开启定位服务：签到已保存但不含位置。
photo-from-library = 从相册选择
