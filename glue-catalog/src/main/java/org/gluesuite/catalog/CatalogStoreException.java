package org.gluesuite.catalog;

import org.gluesuite.common.GlueSuiteException;

/**
 * The catalog's storage failed or cannot be used: the file is not a catalog, was written by a newer
 * version, is corrupt, or an I/O error occurred. Carries Glue's {@code InternalServiceException} code,
 * which is what an API client would see for a server-side failure.
 */
public class CatalogStoreException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public CatalogStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String errorCode() {
    return "InternalServiceException";
  }
}
