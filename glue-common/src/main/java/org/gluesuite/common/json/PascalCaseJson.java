package org.gluesuite.common.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record written and read with the member names of AWS's APIs: each component is the member named like it in
 * PascalCase ({@code databaseName} is {@code DatabaseName}), in the order of the components.
 *
 * <p>Only for records whose every member is named so: a record with a member named otherwise names every component
 * with {@code @JsonProperty} instead, because Jackson writes a lone explicitly named member first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public @interface PascalCaseJson {
}
