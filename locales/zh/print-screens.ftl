# The screens' print panel: reports and QR posters as PDF.

print-title = 打印
print-report = 下载报告（PDF）
print-format = 二维码的纸张尺寸
print-format-a6 = A6 桌卡
print-format-a5 = A5 桌卡
print-format-a4 = A4 窗口海报
print-format-a3 = A3 墙面海报
print-counters = 窗口或服务点，每行一个（可选）
print-counters-hint = 每个窗口都有自己的一页和带有其名称的链接，便于区分其评价。
print-posters = 打印二维码（PDF）
