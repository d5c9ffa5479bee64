# A shopper's planned visits: those given to them, and the open ones they may take.

planned-link = 计划走访
planned-link-sub = 分配给您的走访，以及您可以领取的开放走访
planned-title = 计划走访
planned-sign-in-first = 请登录以查看为您计划的走访。
planned-mine = 分配给您的
planned-mine-none = 目前没有分配给您的走访。
planned-available = 可领取的走访
planned-available-none = 目前没有可领取的开放走访。
planned-updated = 最后更新：{ $time }
planned-never-updated = 尚未下载。请连接互联网以查看您的计划走访。
planned-updating = 正在更新…
planned-offline = 您处于离线状态。这是上次下载时的列表。
planned-sign-in-again = 您的会话已结束。请重新登录以更新列表。
planned-not-updated = 无法更新列表：{ $reason }
planned-refresh = 更新列表
planned-wave = 轮次
planned-service = 服务
planned-window = 走访时段
planned-due = 截止日期
planned-days = 日期
planned-hours = 时间
planned-scenario = 您需要做什么
planned-range = { $from } – { $to }
planned-due-today = 今天截止
planned-days-left = 还剩 { $count } 天
planned-overdue = 已逾期 { $count } 天
planned-opens-on = 您可以从 { $date } 起开始此次走访。
planned-status = { $status ->
    [open] 开放
    [assigned] 已分配给您
    [in_progress] 进行中
    [submitted] 已提交
    [approved] 已批准
    [returned] 已退回给您
    [expired] 已过期
   *[cancelled] 已取消
}
planned-start = 开始走访
planned-resume = 继续走访
planned-claim = 领取此走访
planned-release = 退还
planned-release-confirm = 要退还此走访吗？之后其他神秘顾客可以领取它。
planned-release-yes = 是，退还
planned-needs-connection = 请连接互联网以领取或退还走访。
planned-checklist-missing = 此走访的检查表尚未下载到本设备。请连接互联网后重试。
planned-action-failed = 未完成：{ $reason }
planned-local-draft = 已在本设备上开始
planned-local-waiting = 已完成，等待上传
planned-local-sent = 已完成并上传
planned-not-linked = 您的评估已保存，但未计入其计划走访：{ $reason }
planned-not-linked-plain = 您的评估已保存，但未计入其计划走访。
planned-refused-lockout = 您对此服务中心的另一次走访与这次太近。
planned-refused-lockout-until = 您对此服务中心的另一次走访与这次太近。您可以从 { $date } 起领取这里的走访。
planned-refused-daily-cap = 您当天的走访次数已达上限。
planned-refused-wave-cap = 您在本轮的走访次数已达单人上限。
planned-refused-held-cap = 您持有的未完成走访已达上限。请先完成或退还其中一项。
planned-refused-spacing = 您在同一机构的另一服务中心有一次走访，与该日期太近。
planned-refused-spacing-until = 您在同一机构的另一服务中心有一次走访，与该日期太近。您可以从 { $date } 起领取此走访。
planned-refused-grade = 您的等级低于本轮要求的最低等级。
planned-date = { $year }年{ $month }月{ $day }日
planned-weekday = { $day ->
    [mon] 周一
    [tue] 周二
    [wed] 周三
    [thu] 周四
    [fri] 周五
    [sat] 周六
   *[sun] 周日
}
