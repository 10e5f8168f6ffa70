/**
 * The JSON archive: a whole community as one versioned JSON document ({@link
 * org.communityofpractice.core.json.ArchiveJson}), read strictly, with every fault an {@link
 * org.communityofpractice.core.json.ArchiveFormatException} naming its JSON path. Jackson is used
 * here (and in the store) only: the domain packages know nothing of it, and no Jackson type is part
 * of a public signature, so the module requires Jackson without passing it on to yours.
 *
 * <p><b>The schema.</b> The archive is described by a JSON Schema (draft 2020-12) in this module's
 * jar, {@code META-INF/cop/schema/archive.schema.json}, for tools in other languages: a document it
 * rejects, the reader rejects too; the reader is stricter only in what a schema cannot say (that an
 * id names something defined elsewhere in the document, that a rating lies on a scale other than
 * the guide's 1 to 10). Read it with {@code ClassLoader.getResourceAsStream}: it is outside every
 * package, so the module system hides it from no one.
 *
 * <p><b>Inside.</b> Each model package has one package-private codec class ({@code PeopleJson},
 * {@code ConsentJson}, {@code SessionJson}, {@code ScalingJson}…) with a pair of static methods per
 * type: {@code JsonNode x(X value)} writes it, fields in a fixed order, and {@code X x(JsonIn in)}
 * reads it. A {@code JsonIn} is a cursor on one value as the parser streams it, with its JSON path:
 * an object is read field by field, in one pass in the document's order, into plain locals: {@code
 * in.fields()} starts it, {@code in.nextField(FIELDS)} gives the index of each field in the
 * reader's array of the fields the object may hold (rejecting any other where it stands), {@code
 * in.value(field)} (or {@code in.personalValue(field)}, which keeps the value out of every message)
 * is the cursor its value is read with, and {@code in.require(local, field)} then names a required
 * field missing. Arrays are read element by element ({@code in.elements()}, {@code
 * in.nextElement(i)}) in plain loops. A model's {@code InvalidValueException} becomes an error at
 * the path joined with the model's field through {@code in.invalid(e)} (or, for an id whose fault
 * is the value itself, {@code in.invalidHere(e)}), and the {@code ...Ref} readers report an id that
 * names nothing in the document as a dangling reference. A new model type gets such a pair and a
 * line in {@code ValueCodecs}, which makes it available to the unexported {@code
 * json.internal.JsonValues} (single values as Jackson trees, for the store's journal and logs) and
 * {@code json.internal.CopModule}; a change to the written form needs a new schema version and a
 * step in {@code Migrations}, and the golden files under {@code src/test/resources/golden} show the
 * change.
 */
package org.communityofpractice.core.json;
