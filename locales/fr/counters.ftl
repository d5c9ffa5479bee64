# Counters (touchpoints): the label a counter's own QR link carries
# (`/rate/{token}?counter=Desk%203`), in the inbox and the centre's figures.

# The word for a counter, desk or service window of a centre.
counters-label = Guichet
# In the inbox, under the centre: the counter a citizen rated at.
counters-at = Guichet : { $label }
# The centre performance page's table of ratings by counter.
counters-title = Avis par guichet
counters-col-ratings = Avis
# The share of happy faces among the counter's ratings.
counters-col-happy = Satisfaits
