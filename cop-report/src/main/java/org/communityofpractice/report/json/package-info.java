/**
 * The built-in JSON renderer: the publishable report model itself, deterministic, via Jackson.
 *
 * <p>What it writes is described by a JSON Schema (draft 2020-12) in this module's jar, {@code
 * META-INF/cop/schema/report.schema.json}, for tools in other languages; read it with {@code
 * ClassLoader.getResourceAsStream}. A change to the document's shape changes the schema and, when a
 * field changes meaning or is removed, {@link
 * org.communityofpractice.report.json.JsonRenderer#SCHEMA_VERSION}.
 */
package org.communityofpractice.report.json;
