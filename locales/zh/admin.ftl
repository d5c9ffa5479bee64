# 管理：工作簿中的检查表和目录（仅限管理员）。
admin-title = 管理
admin-places = 管理页面
admin-checklists = 检查表
admin-catalogue = 目录
admin-only = 只有管理员才能打开此页面。
admin-sign-in = 以管理员身份登录
admin-file-unreadable = 无法读取文件：{ $reason }
admin-reading = 正在读取文件…
admin-drop-here = 或将文件拖放到此处
admin-choose-workbook = 选择工作簿（.xlsx）
admin-picked-file = 文件：{ $name }
admin-checking = 正在检查工作簿…
admin-checklists-intro = 在工作簿中编写检查表（survey、choices 和 settings 三张工作表），上传以进行检查，用任意语言查看，然后发布。设备在下次同步时收到它。
admin-upload-checklist = 上传检查表
admin-read-checklist = “{ $title }”（{ $id }，第 { $version } 版）
admin-ready-to-publish = 读取无误：{ $what }。尚未发布任何内容。
admin-published = 已发布：{ $what }。设备在下次同步时收到它。
admin-not-publishable = { $count ->
    [one] 工作簿有一个错误；改正之前无法发布。
   *[other] 工作簿有 { $count } 个错误；改正之前无法发布。
}
admin-publish = 发布
admin-publishing = 正在发布…
admin-problems = 发现的问题
admin-problem-counts = { $errors ->
    [one] 一个错误
   *[other] { $errorsShown } 个错误
}，{ $warnings ->
    [one] 一个警告
   *[other] { $warningsShown } 个警告
}
admin-severity-error = 错误
admin-severity-warning = 警告
admin-col-severity = 严重程度
admin-col-sheet = 工作表
admin-col-row = 行
admin-col-column = 列
admin-col-cell = 单元格原文
admin-col-problem = 问题所在
authoring-problem-missing-sheet = 缺少工作簿所需的一张工作表。
authoring-problem-missing-column = 此工作表的表头缺少所需的一列。
authoring-problem-missing-name = 此行需要一个名称。
authoring-problem-duplicate-name = 此名称使用了两次；名称必须唯一。
authoring-problem-invalid-name = 名称只能包含字母、数字、连字符和下划线。
authoring-problem-unknown-type = 工作簿格式中没有这种类型。
authoring-problem-unknown-language = 这指的是应用不支持的语言。
authoring-problem-missing-label = 缺少默认语言的文本。
authoring-problem-expression-syntax = 无法读取此条件。
authoring-problem-unknown-item = 此条件指向检查表中没有的题目。
authoring-problem-later-item = 此条件指向题目本身或其后的题目。
authoring-problem-value-does-not-fit = 此条件把题目与一个不可能作为其答案的值进行比较。
authoring-problem-invalid-number = 此单元格应为数字。
authoring-problem-negative-weight = 权重不能小于零。
authoring-problem-stage-weight-zero = 此阶段计分，但其所有计分题目的权重都为零。
authoring-problem-missing-choice-list = 选项工作表中没有这个名称的列表。
authoring-problem-unused-choice-list = 没有题目使用这个选项列表。
authoring-problem-score-out-of-range = 选项的分数必须在 0 到 1 之间。
authoring-problem-unmatched-begin-group = 此组从未关闭，或位于另一组之内。
authoring-problem-unmatched-end-group = 此组结束处没有已打开的组。
authoring-problem-item-outside-stage = 此题目不在任何组中；每个题目都属于一个阶段。
authoring-problem-no-stages = 检查表没有任何阶段。
authoring-problem-invalid-version = 版本必须是大于零的整数。
authoring-problem-version-not-above = 版本必须高于已发布的版本。
authoring-problem-unknown-role = 角色必须是 shopper 或 citizen。
authoring-problem-invalid-flag = 此单元格应为“是”或“否”。
authoring-problem-invalid-evidence = 不合格答案须附带照片、评论、两者或不附带。
authoring-problem-missing-target = 时长需要一个大于零的目标时间。
authoring-problem-misplaced-setting = 此设置不适用于这种题目。
authoring-problem-invalid-checklist = 读取的检查表违反了一条评分规则。
authoring-problem-unknown-reference = 此行指向目录中没有的机构或服务。
authoring-problem-out-of-range = 此纬度、经度或半径超出了地球上地点可能的范围。
authoring-problem-missing-translation = 部分行缺少此语言的文本；那里显示默认语言。
authoring-problem-typographic-quotes = 条件中的弯引号已按直引号读取。
authoring-problem-header-spaces = 此表头前后有空格。
authoring-problem-left-to-right-text = 这个从右到左的单元格以从左到右的文本开头。
admin-preview = 预览
admin-preview-language = 预览语言
admin-preview-note = 这是{ $audience }将看到的样子。此处的回答不会保存。
admin-audience-shopper = 神秘顾客
admin-audience-citizen = 访客
admin-published-checklists = 已发布的检查表
admin-col-version = 版本
admin-col-published-at = 发布时间
admin-col-published-by = 发布者
admin-col-workbook = 工作簿
admin-published-by-server = 服务器（内置）
admin-download-version = 下载第 { $version } 版
admin-saved = 已保存：{ $place }
admin-compare-from = 起始版本
admin-compare-to = 目标版本
admin-compare = 显示更改
admin-diff-heading = 从第 { $from } 版到第 { $to } 版
admin-diff-none = 这些版本之间没有变化。
admin-diff-title = 标题
admin-diff-stages-added = 新增的阶段
admin-diff-stages-removed = 删除的阶段
admin-diff-stages-changed = 更改的阶段
admin-diff-items-added = 新增的题目
admin-diff-items-removed = 删除的题目
admin-diff-items-changed = 更改的题目
admin-change-none = （无）
admin-change-always = 始终显示
admin-yes = 是
admin-no = 否
admin-change-label = { $language }标签：“{ $from }” → “{ $to }”
admin-change-hint = { $language }提示：“{ $from }” → “{ $to }”
admin-change-weight = 权重：{ $from } → { $to }
admin-change-logic = 显示条件：{ $from } → { $to }
admin-change-kind = 答案类型：{ $from } → { $to }
admin-change-required = 必答：{ $from } → { $to }
admin-change-evidence = 不合格答案须附带：{ $from } → { $to }
admin-change-stage = 从阶段 { $from } 移到阶段 { $to }
admin-catalogue-intro = 将目录下载为工作簿（entities、services 和 centres 三张工作表），编辑后上传检查，然后应用。各行按其标识新增或更新，从不删除；设为停用的中心不再用于新的走访。
admin-catalogue-current = 当前目录
admin-download-catalogue = 下载目录（.xlsx）
admin-upload-catalogue = 上传目录
admin-catalogue-ready = 读取无误：{ $entities } 个机构、{ $services } 项服务、{ $centres } 个中心。尚未更改任何内容。
admin-catalogue-applied = 已应用：新增或更新了 { $entities } 个机构、{ $services } 项服务、{ $centres } 个中心。
admin-not-applicable = { $count ->
    [one] 工作簿有一个错误；改正之前无法应用。
   *[other] 工作簿有 { $count } 个错误；改正之前无法应用。
}
admin-apply = 应用
admin-applying = 正在应用…
admin-catalogue-rows = 读取的行
admin-entities = 机构
admin-services = 服务
admin-centres = 中心
admin-col-id = 标识
admin-col-name = 名称
admin-col-entity = 机构
admin-col-coordinates = 纬度，经度
admin-col-geofence = 地理围栏
admin-col-active = 启用
admin-metres = { $metres } 米
