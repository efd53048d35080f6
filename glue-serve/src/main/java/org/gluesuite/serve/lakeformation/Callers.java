package org.gluesuite.serve.lakeformation;

import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.serve.api.OperationCall;

/** Who Lake Formation decides for: the caller's principal (its access key's, or the endpoint's default). */
final class Callers {
  private Callers() {
  }

  /**
   * @throws org.gluesuite.catalog.InvalidInputException if the principal is not an IAM role or user ARN
   */
  static DataLakePrincipal principal(OperationCall call) {
    return DataLakePrincipal.of(call.caller().principal());
  }
}
