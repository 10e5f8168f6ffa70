package org.communityofpractice.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: the generated {@code Immutable*} class stays package
 * private and every builder returns the abstract value type, so the public API names only the
 * guide's words ({@code Session}, {@code Session.Builder}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"bestHope:bestHopes", "smallStep:smallSteps", "person:people"},
    defaults = @Value.Immutable(copy = false))
public @interface CopStyle {}
