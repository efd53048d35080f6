package org.gluesuite.serve.api;

/**
 * One operation of an AWS service as {@code glue-suite serve} answers it. The call's input has been checked against
 * the service model (required members, types, lengths, ranges) before {@link #invoke} runs.
 *
 * <p>Return the output shape as a {@link java.util.Map} (null values are left out), a record with Glue's JSON names,
 * or a Jackson node; an operation without output returns {@link #NO_OUTPUT}. Fail with a
 * {@link org.gluesuite.common.GlueSuiteException} whose {@code errorCode()} is AWS's error name (the catalog's
 * exceptions are): the endpoint answers it with that code, and HTTP 400 (500 for {@code InternalServiceException}, or
 * what the model gives the code).
 */
@FunctionalInterface
public interface Operation {
  Object NO_OUTPUT = java.util.Map.of();

  Object invoke(OperationCall call);
}
