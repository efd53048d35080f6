package org.gluesuite.aws.catalog.internal;

import java.util.function.Supplier;
import org.gluesuite.aws.catalog.RemoteCatalogException;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.ConcurrentModificationException;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.OperationTimeoutException;
import org.gluesuite.common.GlueSuiteException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one Glue call and turns what AWS answered into the catalog's exceptions, so callers of
 * {@link org.gluesuite.catalog.DataCatalog} see the same types whichever catalog stands behind it. AWS's message
 * is kept unchanged: it names the entity, and a {@code glue-suite serve} endpoint sends the embedded catalog's own.
 */
public final class GlueFailures {
  private GlueFailures() {
  }

  /** The result of {@code call}, or the catalog exception for its failure; {@code operation} names it for messages. */
  public static <T> T call(String operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (AwsServiceException e) {
      throw translate(operation, e);
    } catch (SdkException e) {
      throw RemoteCatalogException.unreachable(operation, e);
    }
  }

  public static void run(String operation, Runnable call) {
    call(operation, () -> {
      call.run();
      return null;
    });
  }

  static GlueSuiteException translate(String operation, AwsServiceException e) {
    String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    String message = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? e.getMessage()
        : e.awsErrorDetails().errorMessage();
    if (code == null) {
      return RemoteCatalogException.refused(operation, e);
    }
    return switch (code) {
      case "EntityNotFoundException" -> new EntityNotFoundException(message);
      case "AlreadyExistsException" -> new AlreadyExistsException(message);
      case "InvalidInputException", "ValidationException" -> new InvalidInputException(message);
      case "ConcurrentModificationException" -> new ConcurrentModificationException(message);
      case "OperationTimeoutException" -> new OperationTimeoutException(message, e);
      default -> RemoteCatalogException.refused(operation, e);
    };
  }
}
