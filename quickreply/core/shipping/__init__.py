"""Shipping questions: couriers and rate tables, the fee of a parcel, the shop's freight policy and the quote a buyer
is told, regions, tracking numbers, rate sheets, and fee questions typed into the popup."""
