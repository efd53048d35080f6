package org.gluesuite.lakeformation;

import java.util.List;
import java.util.Optional;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.access.AccessDeniedException;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.access.TableRead;
import org.gluesuite.runtime.access.WriteTarget;

/**
 * Lake Formation enforcement for one principal: the runtime's {@link AccessPolicy}, decided by a
 * {@link PermissionEvaluator} and recorded, allowed or denied, in an {@link AuditLog}.
 */
public final class LakeFormationPolicy implements AccessPolicy {
  private final PermissionEvaluator evaluator;
  private final DataLakePrincipal principal;
  private final DataCatalog catalog;
  private final AuditLog audit;

  private LakeFormationPolicy(PermissionEvaluator evaluator, DataLakePrincipal principal, DataCatalog catalog,
      AuditLog audit) {
    this.evaluator = evaluator;
    this.principal = principal;
    this.catalog = catalog;
    this.audit = audit;
  }

  /** Enforcement of {@code model} for {@code principal}; {@code catalog} tells which tables exist and where. */
  public static LakeFormationPolicy create(LakeFormationModel model, DataLakePrincipal principal, DataCatalog catalog,
      AuditLog audit) {
    return new LakeFormationPolicy(new PermissionEvaluator(model), principal, catalog, audit);
  }

  @Override
  public String principal() {
    return principal.identifier();
  }

  @Override
  public boolean unrestricted() {
    return evaluator.isAdmin(principal);
  }

  @Override
  public Optional<List<String>> describe(Table table) {
    List<String> columns = TableRead.allColumns(table);
    String resource = "table " + table.qualifiedName();
    if (!evaluator.hasTablePermission(principal, table.databaseName(), table.name(), columns, Permission.DESCRIBE)) {
      audit.record(AuditEvent.denied(principal, "DESCRIBE", resource, "no permission on the table"));
      return Optional.empty();
    }
    List<AccessSlice> slices = evaluator.selectSlices(principal, table.databaseName(), table.name(), columns);
    TableRead read = slices.isEmpty() ? TableRead.UNRESTRICTED : CellAccess.of(columns, slices);
    List<String> visible = read instanceof CellAccess cells ? cells.visibleColumns() : columns;
    audit.record(AuditEvent.allowed(principal, "DESCRIBE", resource, "columns " + visible));
    return Optional.of(visible);
  }

  @Override
  public TableRead authorizeRead(Table table) {
    List<String> columns = TableRead.allColumns(table);
    String resource = "table " + table.qualifiedName();
    List<AccessSlice> slices = evaluator.selectSlices(principal, table.databaseName(), table.name(), columns);
    if (slices.isEmpty()) {
      boolean visible = evaluator.hasTablePermission(principal, table.databaseName(), table.name(), columns,
          Permission.DESCRIBE);
      audit.record(AuditEvent.denied(principal, "SELECT", resource, visible ? "no SELECT" : "no permission"));
      throw LakeFormationErrors.insufficientPermissions(principal, Permission.SELECT, describeTable(table),
          LakeFormationErrors.grantRequest(principal, Permission.SELECT, table.databaseName(), table.name()));
    }
    TableRead read = CellAccess.of(columns, slices);
    audit.record(AuditEvent.allowed(principal, "SELECT", resource,
        read instanceof CellAccess cells ? cells.summary() : "whole table"));
    return read;
  }

  @Override
  public void authorizeWrite(WriteTarget target) {
    if (evaluator.isAdmin(principal)) {
      audit.record(AuditEvent.allowed(principal, "INSERT", target.namesTable() ? "table " + target.database() + "."
          + target.table() : "path " + target.path(), "data lake administrator"));
      return;
    }
    if (target.namesTable()) {
      authorizeTableWrite(target);
    } else {
      authorizePathWrite(target.path());
    }
  }

  private void authorizeTableWrite(WriteTarget target) {
    Table table = findTable(target.database(), target.table());
    if (table != null) {
      require(table, Permission.INSERT);
      if (target.altersTable()) {
        require(table, Permission.ALTER);
      }
      return;
    }
    String resource = "database " + target.database();
    if (!evaluator.hasDatabasePermission(principal, target.database(), Permission.CREATE_TABLE)) {
      audit.record(AuditEvent.denied(principal, "CREATE_TABLE", resource, "table " + target.table() + " is new"));
      throw LakeFormationErrors.insufficientPermissions(principal, Permission.CREATE_TABLE, resource,
          "Creating table " + target.table() + " needs it. Grant CREATE_TABLE on the database, or declare the table "
              + "(catalog-schemas definitions), create it first and grant INSERT on it.");
    }
    evaluator.locationOf(target.path(), false).ifPresent(location -> {
      if (!evaluator.hasLocationAccess(principal, location)) {
        audit.record(AuditEvent.denied(principal, "DATA_LOCATION_ACCESS", "data location " + location.resourceArn(),
            "creating table " + target.database() + "." + target.table() + " at " + target.path()));
        throw LakeFormationErrors.insufficientPermissions(principal, Permission.DATA_LOCATION_ACCESS,
            "data location " + location.resourceArn(), "A table at " + target.path() + " is in that registered "
                + "location. Grant DATA_LOCATION_ACCESS on it (Resource.DataLocation.ResourceArn).");
      }
    });
    audit.record(AuditEvent.allowed(principal, "CREATE_TABLE", resource, "table " + target.table() + " at "
        + target.path()));
  }

  private void authorizePathWrite(String path) {
    Optional<RegisteredLocation> location = evaluator.locationOf(path, true);
    if (location.isEmpty()) {
      audit.record(AuditEvent.allowed(principal, "WRITE_PATH", "path " + path, "not in a registered location"));
      return;
    }
    if (evaluator.hasLocationAccess(principal, location.get())) {
      audit.record(AuditEvent.allowed(principal, "WRITE_PATH", "path " + path, "DATA_LOCATION_ACCESS on "
          + location.get().resourceArn()));
      return;
    }
    // Writing a table's files without naming it in the sink: INSERT on the table whose location it is.
    for (Table table : tablesAt(path)) {
      if (evaluator.hasTablePermission(principal, table.databaseName(), table.name(), TableRead.allColumns(table),
          Permission.INSERT)) {
        audit.record(AuditEvent.allowed(principal, "INSERT", "table " + table.qualifiedName(), "path " + path));
        return;
      }
    }
    audit.record(AuditEvent.denied(principal, "WRITE_PATH", "path " + path, "in " + location.get().resourceArn()));
    throw LakeFormationErrors.insufficientPermissions(principal, Permission.DATA_LOCATION_ACCESS, "data location "
        + location.get().resourceArn() + " (writing " + path + ")", "Write through the catalog table (a catalog sink) "
        + "with INSERT on it, or get DATA_LOCATION_ACCESS on the location.");
  }

  @Override
  public void authorizePathRead(List<String> paths) {
    for (String path : paths) {
      Optional<RegisteredLocation> location = evaluator.locationOf(path, true);
      if (location.isPresent() && !evaluator.isAdmin(principal)) {
        audit.record(AuditEvent.denied(principal, "READ_PATH", "path " + path, "in " + location.get().resourceArn()));
        throw LakeFormationErrors.pathReadDenied(principal, path, location.get());
      }
      audit.record(AuditEvent.allowed(principal, "READ_PATH", "path " + path, location.isPresent()
          ? "data lake administrator" : "not in a registered location"));
    }
  }

  /**
   * Table-level checks for anything else (DROP, DELETE, ALTER): throws unless the principal holds {@code permission}.
   */
  public void require(Table table, Permission permission) {
    String resource = "table " + table.qualifiedName();
    if (!evaluator.hasTablePermission(principal, table.databaseName(), table.name(), TableRead.allColumns(table),
        permission)) {
      audit.record(AuditEvent.denied(principal, permission.name(), resource, "no " + permission));
      throw LakeFormationErrors.insufficientPermissions(principal, permission, describeTable(table),
          LakeFormationErrors.grantRequest(principal, permission, table.databaseName(), table.name()));
    }
    audit.record(AuditEvent.allowed(principal, permission.name(), resource, ""));
  }

  private Table findTable(String database, String name) {
    try {
      return catalog.getTable(database, name);
    } catch (EntityNotFoundException e) {
      return null;
    }
  }

  private List<Table> tablesAt(String path) {
    String normalized = LocationPaths.normalize(path);
    return catalog.getDatabases().stream().flatMap(d -> catalog.getTables(d.name()).stream())
        .filter(t -> t.storageDescriptor() != null && t.storageDescriptor().location() != null)
        .filter(t -> {
          String location = LocationPaths.normalize(t.storageDescriptor().location());
          return normalized.equals(location) || normalized.startsWith(location + "/");
        }).toList();
  }

  private static String describeTable(Table table) {
    return "table " + table.qualifiedName() + " (Database name: " + table.databaseName() + ", Table Name: "
        + table.name() + ")";
  }

  /** Thrown type of every denial, for callers that catch it. */
  public static Class<AccessDeniedException> deniedType() {
    return AccessDeniedException.class;
  }
}
