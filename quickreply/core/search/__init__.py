"""Search as the agent types: the in-memory index, exact and pinyin matching, the bit signatures and pinyin forms
computed when a template is written, highlighting and frecency. Nothing here reads the database."""
