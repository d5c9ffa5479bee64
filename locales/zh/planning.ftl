# Why the server refused a step of the programme: waves, their visits to make, and shoppers' grades.

error-lockout = 该神秘顾客最近刚走访过此服务中心，或即将前往：本轮的间隔限制不允许在这么近的时间内再次走访。
error-daily-cap = 该神秘顾客当天的走访次数已达本轮允许的上限。
error-wave-cap = 该神秘顾客在本轮的走访次数已达单人上限。
error-held-cap = 该神秘顾客持有的未提交走访已达上限。请先提交或释放其中一项。
error-spacing = 该神秘顾客在同一机构的另一服务中心的走访与当天相隔太近。
error-grade = 该神秘顾客的等级低于本轮要求的最低等级。
error-shopper-inactive = 该神秘顾客的账户未启用。
error-reason-required = 请说明原因。
error-illegal-assignment-move = 走访的当前状态不允许此操作。
error-illegal-wave-move = 本轮的当前状态不允许此操作。
error-wave-not-published = 本轮尚未发布，其走访无法领取。
error-invalid-wave = 本轮的某个字段缺失或不被允许。请检查所示字段。
error-invalid-grade = 等级是 1 到 10 之间的整数。
error-not-approved = 只有已批准的评估才能评定等级。
error-unknown-shopper = 没有使用该用户名的在用神秘顾客。
