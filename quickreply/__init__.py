"""QuickReply (快捷回复): a quick-reply helper for Taobao/Tmall customer-service agents."""

__version__ = "0.1.0"
