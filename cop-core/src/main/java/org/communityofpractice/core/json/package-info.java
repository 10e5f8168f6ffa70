/**
 * The JSON archive: a whole community as one versioned JSON document ({@link
 * org.communityofpractice.core.json.ArchiveJson}), read strictly, with every fault an {@link
 * org.communityofpractice.core.json.ArchiveFormatException} naming its JSON path; the same JSON
 * forms for single model values; and a Jackson module ({@link
 * org.communityofpractice.core.json.CopModule}) offering them to an {@code ObjectMapper} of your
 * own. Jackson is used here (and in the store) only: the domain packages know nothing of it.
 */
package org.communityofpractice.core.json;
