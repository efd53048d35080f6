package org.gluesuite.serve.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The JSON of AWS's JSON protocols: timestamps as epoch seconds with milliseconds ({@code 1700000000.123}), null
 * members left out, unknown members of an input ignored (the model validator has judged the input already).
 */
public final class WireJson {
  private WireJson() {
  }

  public static ObjectMapper mapper() {
    SimpleModule timestamps = new SimpleModule("aws-timestamps")
        .addSerializer(Instant.class, new JsonSerializer<>() {
          @Override
          public void serialize(Instant value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeNumber(BigDecimal.valueOf(value.toEpochMilli(), 3));
          }
        })
        .addDeserializer(Instant.class, new JsonDeserializer<>() {
          @Override
          public Instant deserialize(JsonParser in, DeserializationContext context) throws IOException {
            BigDecimal seconds = in.getDecimalValue();
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
          }
        });
    return new ObjectMapper()
        .registerModule(timestamps)
        .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.NON_NULL))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }
}
