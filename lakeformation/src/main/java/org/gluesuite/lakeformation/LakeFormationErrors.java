package org.gluesuite.lakeformation;

import java.util.Collection;
import java.util.TreeSet;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.lakeformation.rowfilter.RowFilter;
import org.gluesuite.lakeformation.rowfilter.RowFilterException;
import org.gluesuite.runtime.access.AccessDeniedException;

/**
 * Every user-facing Lake Formation error, made in one place. Each says what went wrong, why, and how to fix
 * it; denials name the principal, the resource and the missing permission, and never carry data.
 */
public final class LakeFormationErrors {
  private LakeFormationErrors() {
  }

  /** Lake Formation's denial (the SDK surfaces it as AccessDeniedException). */
  public static AccessDeniedException insufficientPermissions(DataLakePrincipal principal, Permission missing,
      String resource, String fix) {
    return new AccessDeniedException(String.format(
        "Insufficient Lake Formation permission(s): principal %s needs %s on %s and has no grant of it "
            + "(Lake Formation denies what is not granted). %s", principal, missing, resource, fix));
  }

  /** How to fix a missing table permission, in the shape of Lake Formation's GrantPermissions request. */
  static String grantRequest(DataLakePrincipal principal, Permission permission, String database, String table) {
    return String.format("A data lake administrator can grant it with GrantPermissions: {\"Principal\": "
        + "{\"DataLakePrincipalIdentifier\": \"%s\"}, \"Resource\": {\"Table\": {\"DatabaseName\": \"%s\", "
        + "\"Name\": \"%s\"}}, \"Permissions\": [\"%s\"]}.", principal.identifier(), database, table, permission);
  }

  public static AccessDeniedException pathReadDenied(DataLakePrincipal principal, String path, RegisteredLocation location) {
    return new AccessDeniedException(String.format(
        "Insufficient Lake Formation permission(s): principal %s may not read %s by path: it is in the data location "
            + "%s registered with Lake Formation, whose data only data lake administrators read directly. Read it "
            + "through its catalog table (getCatalogSource), where your grants and filters apply.",
        principal, path, location.resourceArn()));
  }

  public static AccessDeniedException grantNotAllowed(DataLakePrincipal grantor, Permission permission, String resource) {
    return new AccessDeniedException(String.format(
        "Insufficient Lake Formation permission(s): principal %s cannot grant or revoke %s on %s: only data lake "
            + "administrators and principals holding it with the grant option (PermissionsWithGrantOption) can. "
            + "Ask an administrator, or act as a principal listed in DataLakeSettings.DataLakeAdmins.", grantor,
        permission, resource));
  }

  public static AccessDeniedException adminOnly(DataLakePrincipal principal, String what) {
    return new AccessDeniedException(String.format(
        "Insufficient Lake Formation permission(s): principal %s cannot %s: only data lake administrators can. Act "
            + "as a principal listed in DataLakeSettings.DataLakeAdmins.", principal, what));
  }

  public static InvalidInputException invalidPrincipal(String identifier) {
    return new InvalidInputException(String.format(
        "'%s' is not a principal Lake Formation accepts here. Use an IAM role or user ARN, e.g. "
            + "arn:aws:iam::000000000000:role/AnalystRole.", identifier));
  }

  public static RowFilterException rowFilterTooLong(int length) {
    return new RowFilterException(String.format(
        "The row filter is %,d characters long; Lake Formation accepts expressions shorter than %,d. Split the "
            + "condition across several data cells filters (their union is applied) or use IN lists.",
        length, RowFilter.MAX_LENGTH), RowFilter.MAX_LENGTH);
  }

  public static RowFilterException rowFilterSyntax(String expression, int position, String what, String fix) {
    return new RowFilterException(String.format("Row filter error at position %d: %s.%n  %s%n  %s^%n%s",
        position, what, expression, " ".repeat(Math.max(0, position - 1)), fix), position);
  }

  public static RowFilterException rowFilterCharacter(String expression, int position, char c) {
    String why = "+-*/%|".indexOf(c) >= 0 ? "arithmetic and string operators are not in Lake Formation's filter syntax"
        : "'" + c + "' is not part of Lake Formation's filter syntax";
    return rowFilterSyntax(expression, position, why,
        "Compare a column with a literal using = <> != < <= > >= BETWEEN IN LIKE IS [NOT] NULL.");
  }

  public static RowFilterException rowFilterFunction(String expression, int position, String name) {
    return rowFilterSyntax(expression, position, "'" + name + "(' calls a function; row filters allow no functions",
        "Compare the column itself with a literal (strings compare case-sensitively, so write the exact value, "
            + "or list the variants with IN).");
  }

  public static RowFilterException rowFilterColumnComparison(String expression, int position, String left, String right) {
    return rowFilterSyntax(expression, position, "compares column " + left + " with column " + right
        + "; row filters compare a column with a literal only", "Quote the right side if it is a string: '" + right + "'.");
  }

  public static RowFilterException rowFilterUnknownColumn(String expression, int position, String column,
      Collection<String> columns) {
    return rowFilterSyntax(expression, position, "the table has no column '" + column + "' (names are "
        + "case-sensitive)", "Columns: " + new TreeSet<>(columns) + ".");
  }
}
