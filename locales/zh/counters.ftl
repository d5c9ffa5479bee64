# Counters (touchpoints): the label a counter's own QR link carries
# (`/rate/{token}?counter=Desk%203`), in the inbox and the centre's figures.

# The word for a counter, desk or service window of a centre.
counters-label = 柜台
# In the inbox, under the centre: the counter a citizen rated at.
counters-at = 柜台：{ $label }
# The centre performance page's table of ratings by counter.
counters-title = 按柜台统计的评价
counters-col-ratings = 评价数
# The share of happy faces among the counter's ratings.
counters-col-happy = 满意
