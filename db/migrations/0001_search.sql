-- Full-text index over the message text of each session (rowid = sessions.id).
-- Contentless: the text lives in sessions.doc; the index only answers "which sessions match".
CREATE VIRTUAL TABLE `sessions_fts` USING fts5(`text`, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
