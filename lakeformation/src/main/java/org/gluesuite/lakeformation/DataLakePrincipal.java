package org.gluesuite.lakeformation;

import java.util.Objects;
import java.util.regex.Pattern;

/** Lake Formation's {@code DataLakePrincipal}: an IAM role or user ARN. */
public record DataLakePrincipal(String identifier) {
  private static final Pattern ARN = Pattern.compile("arn:aws:iam::\\d{12}:(role|user)/[\\w+=,.@/-]{1,128}");

  /** The local default: the principal commands run as without --principal; a data lake administrator. */
  public static final DataLakePrincipal LOCAL_ADMIN = new DataLakePrincipal("arn:aws:iam::000000000000:role/GlueSuiteAdmin");

  public DataLakePrincipal {
    Objects.requireNonNull(identifier, "DataLakePrincipalIdentifier");
  }

  /**
   * @throws org.gluesuite.catalog.InvalidInputException (from {@link LakeFormationErrors}) if it is not an IAM role
   *     or user ARN
   */
  public static DataLakePrincipal of(String identifier) {
    if (identifier == null || !ARN.matcher(identifier).matches()) {
      throw LakeFormationErrors.invalidPrincipal(identifier);
    }
    return new DataLakePrincipal(identifier);
  }

  public static boolean isValid(String identifier) {
    return identifier != null && ARN.matcher(identifier).matches();
  }

  /** The role or user name after the last '/'. */
  public String shortName() {
    return identifier.substring(identifier.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return identifier;
  }
}
