package org.communityofpractice.report.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The report model's Immutables style: cop-core's {@code CopStyle} (which cop-report cannot name,
 * as cop-core exports no internal package), applied to the model's records. Each report record gets
 * a generated builder that stays package private and returns the record's own {@code Builder}, so
 * the public API names only the report's words ({@code SessionReport.Builder}); the record's
 * constructor stays the one place its parts are checked.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"bestHope:bestHopes", "smallStep:smallSteps", "progress", "series"},
    defaults = @Value.Immutable(copy = false))
public @interface ReportStyle {}
