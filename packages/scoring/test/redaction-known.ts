/**
 * Cases that score differently once redacted, as the API stores and scores them (the patron's own e-mail and phone
 * replaced by "[email]" and "[phone]", importers' `redactTranscript`). `describeSessions` scores every case both ways;
 * a case not listed here must come out the same. Found when the thirteenth round's merge made the check: each is an
 * older round's case about the patron's own contact read back or used as the object of a promise, where the raw
 * address or number is told apart by its shape and the placeholder is not (the scoring README, "Rubric v13", names the
 * kinds). A rubric version that reads the placeholders as the raw contacts takes its case off this list (v13's merge took
 * three: "I'll e-mail it to you at [email] by …" gives no source, as the written address does not). Rubric v14 reads
 * "[email]" and "[phone]" as the patron's own address and number (`placeholderContactsV14`, decision 010) and took the
 * last seven off: the list is empty, and a new case that scores differently stored fails.
 */
export const SCORES_DIFFER_WHEN_REDACTED: ReadonlySet<string> = new Set<string>([]);
