package org.gluesuite.serve.lakeformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.lakeformation.LakeFormationStore;
import org.gluesuite.lakeformation.Permission;
import org.gluesuite.lakeformation.PermissionEvaluator;
import org.gluesuite.serve.AccessKeys;
import org.gluesuite.serve.Authenticators;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.AccessDeniedException;
import software.amazon.awssdk.services.lakeformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.lakeformation.model.BatchGrantPermissionsResponse;
import software.amazon.awssdk.services.lakeformation.model.DataLakeResourceType;
import software.amazon.awssdk.services.lakeformation.model.DataLakePrincipal.Builder;
import software.amazon.awssdk.services.lakeformation.model.EntityNotFoundException;
import software.amazon.awssdk.services.lakeformation.model.GetResourceLfTagsResponse;
import software.amazon.awssdk.services.lakeformation.model.InvalidInputException;
import software.amazon.awssdk.services.lakeformation.model.ListPermissionsResponse;
import software.amazon.awssdk.services.lakeformation.model.PrincipalResourcePermissions;
import software.amazon.awssdk.services.lakeformation.model.Resource;

/**
 * Lake Formation's API through the AWS SDK v2 against {@code glue-suite serve}: every change lands in the workspace's
 * Lake Formation state, the one jobs and queries enforce (checked here with the module's own evaluator).
 */
class LakeFormationApiTest {
  private static final String ADMIN = DataLakePrincipal.LOCAL_ADMIN.identifier();
  private static final String ANALYST = "arn:aws:iam::000000000000:role/AnalystRole";
  private static final String STEWARD = "arn:aws:iam::000000000000:role/StewardRole";
  private static ServeFixture serve;
  private static LakeFormationClient admin;
  private static LakeFormationClient analyst;
  private static GlueClient glue;

  @BeforeAll
  static void start() {
    AccessKeys keys = AccessKeys.of(List.of(new AccessKeys.AccessKey("AKIDANALYST", "s", ANALYST)));
    serve = ServeFixture.start(ServeSettings.anyPort(ADMIN).withAuthenticator(Authenticators.anySignature(ADMIN,
        keys)));
    admin = AwsClientFactory.create(serve.aws()).lakeFormation();
    analyst = AwsClientFactory.create(serve.aws().toBuilder().staticCredentials("AKIDANALYST", "s").build())
        .lakeFormation();
    glue = serve.glue();
  }

  @AfterAll
  static void stop() {
    admin.close();
    analyst.close();
    serve.close();
  }

  @BeforeEach
  void freshState() {
    serve.reset();
    store().save(LakeFormationModel.empty());
    glue.createDatabase(r -> r.databaseInput(d -> d.name("sales")));
    glue.createTable(r -> r.databaseName("sales").tableInput(t -> t.name("orders")
        .storageDescriptor(sd -> sd.location("s3://lake/sales/orders").columns(
            c -> c.name("order_id").type("bigint"), c -> c.name("country").type("string"),
            c -> c.name("amount").type("double")))
        .partitionKeys(k -> k.name("day").type("string"))));
  }

  private static LakeFormationStore store() {
    return LakeFormationState.forWorkspace(serve.workspace()).store();
  }

  private static Resource ordersTable() {
    return Resource.builder().table(t -> t.databaseName("sales").name("orders")).build();
  }

  private static java.util.function.Consumer<Builder> principal(String arn) {
    return p -> p.dataLakePrincipalIdentifier(arn);
  }

  @Test
  void grantPermissions_landsInTheStateTheJobsEnforce_andRevokeTakesItBack() {
    admin.grantPermissions(r -> r.principal(principal(ANALYST)).resource(ordersTable())
        .permissionsWithStrings("SELECT", "DESCRIBE"));

    PermissionEvaluator evaluator = new PermissionEvaluator(store().load());
    DataLakePrincipal analystPrincipal = DataLakePrincipal.of(ANALYST);
    assertThat(evaluator.selectSlices(analystPrincipal, "sales", "orders", List.of("order_id", "country")))
        .singleElement().satisfies(s -> assertThat(s.allRows()).isTrue());
    List<PrincipalResourcePermissions> listed = admin.listPermissions(r -> r.principal(principal(ANALYST)))
        .principalResourcePermissions();
    assertThat(listed).singleElement().satisfies(p -> {
      assertThat(p.resource().table().name()).isEqualTo("orders");
      assertThat(p.permissionsAsStrings()).containsExactlyInAnyOrder("SELECT", "DESCRIBE");
    });

    admin.revokePermissions(r -> r.principal(principal(ANALYST)).resource(ordersTable())
        .permissionsWithStrings("SELECT"));
    evaluator = new PermissionEvaluator(store().load());
    assertThat(evaluator.selectSlices(analystPrincipal, "sales", "orders", List.of("order_id"))).isEmpty();
    assertThat(evaluator.hasTablePermission(analystPrincipal, "sales", "orders", List.of("order_id"),
        Permission.DESCRIBE)).isTrue();
    assertThatThrownBy(() -> admin.revokePermissions(r -> r.principal(principal(ANALYST)).resource(ordersTable())
        .permissionsWithStrings("INSERT")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("No permissions revoked: " + ANALYST + " holds none of them on table sales.orders");
  }

  @Test
  void aPrincipalWithoutTheGrantOption_isDenied_andSeesOnlyItsOwnGrants() {
    admin.grantPermissions(r -> r.principal(principal(ANALYST)).resource(ordersTable())
        .permissionsWithStrings("SELECT"));
    admin.grantPermissions(r -> r.principal(principal(STEWARD)).resource(ordersTable())
        .permissionsWithStrings("SELECT").permissionsWithGrantOptionWithStrings("SELECT"));

    assertThatThrownBy(() -> analyst.grantPermissions(r -> r.principal(principal(STEWARD)).resource(ordersTable())
        .permissionsWithStrings("INSERT")))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.statusCode()).isEqualTo(403))
        .hasMessageContaining("principal " + ANALYST + " cannot grant or revoke INSERT on table sales.orders");
    assertThat(analyst.listPermissions(r -> { }).principalResourcePermissions())
        .extracting(p -> p.principal().dataLakePrincipalIdentifier()).containsExactly(ANALYST);
    assertThat(admin.listPermissions(r -> r.resourceType(DataLakeResourceType.TABLE)).principalResourcePermissions())
        .hasSize(2);
  }

  @Test
  void listPermissions_pagesWithoutRepeatsOrGaps_andFiltersByResource() {
    for (String role : List.of("A", "B", "C", "D", "E")) {
      admin.grantPermissions(r -> r.principal(principal("arn:aws:iam::000000000000:role/" + role))
          .resource(ordersTable()).permissionsWithStrings("DESCRIBE"));
    }
    admin.grantPermissions(r -> r.principal(principal(ANALYST)).resource(x -> x.database(d -> d.name("sales")))
        .permissionsWithStrings("CREATE_TABLE"));

    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ListPermissionsResponse page = admin.listPermissions(r -> r.resource(ordersTable()).maxResults(2)
          .nextToken(next));
      page.principalResourcePermissions().forEach(p -> seen.add(p.principal().dataLakePrincipalIdentifier()));
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactly("arn:aws:iam::000000000000:role/A", "arn:aws:iam::000000000000:role/B",
        "arn:aws:iam::000000000000:role/C", "arn:aws:iam::000000000000:role/D", "arn:aws:iam::000000000000:role/E");
    assertThatThrownBy(() -> admin.listPermissions(r -> r.nextToken("not-a-token")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a token of ListPermissions");
  }

  @Test
  void batchGrant_appliesTheValidEntries_andReportsEachFailureByItsId() {
    BatchGrantPermissionsResponse response = admin.batchGrantPermissions(r -> r.entries(
        e -> e.id("ok").principal(principal(ANALYST)).resource(ordersTable()).permissionsWithStrings("SELECT"),
        e -> e.id("bad-permission").principal(principal(ANALYST)).resource(x -> x.database(d -> d.name("sales")))
            .permissionsWithStrings("SELECT"),
        e -> e.id("bad-principal").principal(principal("someone")).resource(ordersTable())
            .permissionsWithStrings("SELECT")));

    assertThat(response.failures()).extracting(f -> f.requestEntry().id())
        .containsExactly("bad-permission", "bad-principal");
    assertThat(response.failures().get(0).error().errorCode()).isEqualTo("InvalidInputException");
    assertThat(response.failures().get(0).error().errorMessage()).contains("SELECT does not apply to a Database");
    assertThat(store().load().grants()).singleElement()
        .satisfies(g -> assertThat(g.principal().identifier()).isEqualTo(ANALYST));
  }

  @Test
  void registeredS3Locations_areLakeFolders_andDeregisteringDropsTheirGrants() {
    admin.registerResource(r -> r.resourceArn("arn:aws:s3:::sales/orders").useServiceLinkedRole(true));
    admin.grantPermissions(r -> r.principal(principal(ANALYST))
        .resource(x -> x.dataLocation(l -> l.resourceArn("arn:aws:s3:::sales/orders")))
        .permissionsWithStrings("DATA_LOCATION_ACCESS"));

    assertThat(admin.listResources(r -> { }).resourceInfoList()).extracting(i -> i.resourceArn())
        .containsExactly("arn:aws:s3:::sales/orders");
    LakeFormationModel model = store().load();
    assertThat(model.locations()).singleElement().satisfies(l -> assertThat(Path.of(l.path()))
        .isEqualTo(serve.workspace().resolve("lake/sales/orders").toAbsolutePath().normalize()));
    assertThat(new PermissionEvaluator(model).hasLocationAccess(DataLakePrincipal.of(ANALYST),
        model.locations().get(0))).isTrue();
    assertThat(admin.listPermissions(r -> r.resourceType(DataLakeResourceType.DATA_LOCATION))
        .principalResourcePermissions()).singleElement()
        .satisfies(p -> assertThat(p.resource().dataLocation().resourceArn()).isEqualTo("arn:aws:s3:::sales/orders"));
    assertThatThrownBy(() -> admin.registerResource(r -> r.resourceArn("arn:aws:s3:::sales/orders/")))
        .isInstanceOf(AlreadyExistsException.class);
    assertThatThrownBy(() -> admin.registerResource(r -> r.resourceArn("arn:aws:dynamodb:::table/x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Write arn:aws:s3:::BUCKET/PREFIX");
    assertThatThrownBy(() -> analyst.registerResource(r -> r.resourceArn("arn:aws:s3:::sales/other")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only data lake administrators can");

    admin.deregisterResource(r -> r.resourceArn("arn:aws:s3:::sales/orders"));
    assertThat(store().load().locations()).isEmpty();
    assertThat(store().load().grants()).isEmpty();
    assertThatThrownBy(() -> admin.deregisterResource(r -> r.resourceArn("arn:aws:s3:::sales/orders")))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void dataLakeSettings_nameTheAdministrators() {
    admin.putDataLakeSettings(r -> r.dataLakeSettings(s -> s.dataLakeAdmins(
        a -> a.dataLakePrincipalIdentifier(ADMIN), a -> a.dataLakePrincipalIdentifier(STEWARD))));

    assertThat(analyst.getDataLakeSettings(r -> { }).dataLakeSettings().dataLakeAdmins())
        .extracting(p -> p.dataLakePrincipalIdentifier()).containsExactly(ADMIN, STEWARD);
    assertThat(store().load().isAdmin(DataLakePrincipal.of(STEWARD))).isTrue();
    assertThatThrownBy(() -> analyst.putDataLakeSettings(r -> r.dataLakeSettings(s -> s.dataLakeAdmins(
        a -> a.dataLakePrincipalIdentifier(ANALYST)))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> admin.putDataLakeSettings(r -> r.dataLakeSettings(s -> s.dataLakeAdmins(List.of()))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("DataLakeAdmins is empty");
    assertThatThrownBy(() -> admin.putDataLakeSettings(r -> r.dataLakeSettings(s -> s.dataLakeAdmins(
        a -> a.dataLakePrincipalIdentifier(ADMIN)).readOnlyAdmins(a -> a.dataLakePrincipalIdentifier(ANALYST)))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ReadOnlyAdmins is not kept");
  }

  @Test
  void dataCellsFilters_areCheckedAgainstTheTable_andDeletingOneRevokesItsGrants() {
    admin.createDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000").databaseName("sales")
        .tableName("orders").name("eu_only").rowFilter(x -> x.filterExpression("country IN ('DE', 'FR')"))
        .columnWildcard(w -> w.excludedColumnNames("amount"))));
    admin.grantPermissions(r -> r.principal(principal(ANALYST)).resource(x -> x.dataCellsFilter(
        f -> f.tableCatalogId("000000000000").databaseName("sales").tableName("orders").name("eu_only")))
        .permissionsWithStrings("SELECT"));

    assertThat(new PermissionEvaluator(store().load()).selectSlices(DataLakePrincipal.of(ANALYST), "sales", "orders",
        List.of("order_id", "country", "amount", "day"))).singleElement().satisfies(s -> {
          assertThat(s.columns()).containsExactly("order_id", "country", "day");
          assertThat(s.rowFilter().expression()).isEqualTo("country IN ('DE', 'FR')");
        });
    assertThat(admin.listDataCellsFilter(r -> r.table(t -> t.databaseName("sales").name("orders")))
        .dataCellsFilters()).singleElement().satisfies(f -> {
          assertThat(f.name()).isEqualTo("eu_only");
          assertThat(f.rowFilter().filterExpression()).isEqualTo("country IN ('DE', 'FR')");
          assertThat(f.columnWildcard().excludedColumnNames()).containsExactly("amount");
        });
    assertThat(admin.getDataCellsFilter(r -> r.tableCatalogId("000000000000").databaseName("sales").tableName("orders").name("eu_only"))
        .dataCellsFilter().tableCatalogId()).isEqualTo("000000000000");
    assertThatThrownBy(() -> admin.createDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000")
        .databaseName("sales").tableName("orders").name("eu_only")
        .rowFilter(x -> x.allRowsWildcard(w -> { })).columnNames("order_id"))))
        .isInstanceOf(AlreadyExistsException.class);
    assertThatThrownBy(() -> admin.createDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000")
        .databaseName("sales").tableName("orders").name("typo").rowFilter(x -> x.allRowsWildcard(w -> { }))
        .columnNames("order_id", "ammount"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("names column 'ammount'");
    assertThatThrownBy(() -> admin.createDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000")
        .databaseName("sales").tableName("orders").name("bad_filter")
        .rowFilter(x -> x.filterExpression("upper(country) = 'DE'")).columnNames("order_id"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("row filters allow no functions");
    assertThatThrownBy(() -> admin.createDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000")
        .databaseName("sales").tableName("missing").name("x").rowFilter(x -> x.allRowsWildcard(w -> { }))
        .columnNames("order_id"))))
        .isInstanceOf(EntityNotFoundException.class);

    admin.deleteDataCellsFilter(r -> r.databaseName("sales").tableName("orders").name("eu_only"));
    assertThat(store().load().filters()).isEmpty();
    assertThat(store().load().grants()).isEmpty();
    assertThatThrownBy(() -> admin.deleteDataCellsFilter(r -> r.databaseName("sales").tableName("orders")
        .name("eu_only"))).isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void lfTags_areCreatedAssignedAndInherited_andBadTagsAreReportedAsFailures() {
    admin.createLFTag(r -> r.tagKey("domain").tagValues("sales", "finance"));
    admin.createLFTag(r -> r.tagKey("pii").tagValues("yes", "no"));
    assertThatThrownBy(() -> admin.createLFTag(r -> r.tagKey("pii").tagValues("maybe")))
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(admin.listLFTags(r -> r.maxResults(1)).lfTags()).extracting(t -> t.tagKey()).containsExactly("domain");

    admin.addLFTagsToResource(r -> r.resource(x -> x.database(d -> d.name("sales")))
        .lfTags(t -> t.tagKey("domain").tagValues("sales"), t -> t.tagKey("pii").tagValues("no")));
    var failures = admin.addLFTagsToResource(r -> r.resource(x -> x.tableWithColumns(
        c -> c.databaseName("sales").name("orders").columnNames("country")))
        .lfTags(t -> t.tagKey("pii").tagValues("yes"), t -> t.tagKey("pii_level").tagValues("high"),
            t -> t.tagKey("domain").tagValues("hr"))).failures();

    assertThat(failures).extracting(f -> f.lfTag().tagKey() + ":" + f.error().errorCode())
        .containsExactly("pii_level:EntityNotFoundException", "domain:InvalidInputException");
    GetResourceLfTagsResponse tags = admin.getResourceLFTags(r -> r.resource(ordersTable()));
    assertThat(tags.lfTagsOnTable()).extracting(t -> t.tagKey() + "=" + t.tagValues())
        .containsExactly("domain=[sales]", "pii=[no]");
    assertThat(tags.lfTagsOnColumns()).filteredOn(c -> c.name().equals("country")).singleElement()
        .satisfies(c -> assertThat(c.lfTags()).extracting(t -> t.tagKey() + "=" + t.tagValues())
            .containsExactly("domain=[sales]", "pii=[yes]"));
    assertThat(admin.getResourceLFTags(r -> r.resource(ordersTable()).showAssignedLFTags(true)).lfTagsOnTable())
        .isEmpty();
    assertThat(store().load().effectiveTags("sales", "orders", "country")).containsEntry("pii", "yes");
    assertThatThrownBy(() -> admin.getResourceLFTags(r -> r.resource(x -> x.table(t -> t.databaseName("sales")
        .name("nope"))))).isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void updateAndDeleteLfTags_removeFromResource_andUpdateDataCellsFilter_changeTheStateTheJobsEnforce() {
    admin.createLFTag(r -> r.tagKey("domain").tagValues("sales", "finance"));
    admin.addLFTagsToResource(r -> r.resource(ordersTable()).lfTags(t -> t.tagKey("domain").tagValues("sales")));
    admin.grantPermissions(r -> r.principal(principal(ANALYST)).resource(x -> x.lfTagPolicy(p -> p
        .resourceType("TABLE").expression(t -> t.tagKey("domain").tagValues("sales")))).permissionsWithStrings("SELECT"));

    admin.updateLFTag(r -> r.tagKey("domain").tagValuesToAdd("hr").tagValuesToDelete("finance"));
    assertThat(admin.getLFTag(r -> r.tagKey("domain")).tagValues()).containsExactly("sales", "hr");
    assertThatThrownBy(() -> analyst.updateLFTag(r -> r.tagKey("domain").tagValuesToAdd("x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> admin.updateLFTag(r -> r.tagKey("domain").tagValuesToDelete("sales")))
        .as("a value still assigned to a table").isInstanceOf(InvalidInputException.class);

    admin.removeLFTagsFromResource(r -> r.resource(ordersTable()).lfTags(t -> t.tagKey("domain").tagValues("sales")));
    assertThat(admin.getResourceLFTags(r -> r.resource(ordersTable()).showAssignedLFTags(true)).lfTagsOnTable())
        .isEmpty();
    admin.deleteLFTag(r -> r.tagKey("domain"));
    assertThat(store().load().tagKeys()).isEmpty();
    assertThat(store().load().grants()).as("the tag policy's grant goes with its tag").isEmpty();
    assertThatThrownBy(() -> admin.deleteLFTag(r -> r.tagKey("domain"))).isInstanceOf(EntityNotFoundException.class);

    admin.createDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000").databaseName("sales")
        .tableName("orders").name("eu_only").rowFilter(x -> x.filterExpression("country = 'DE'"))
        .columnNames("order_id", "country")));
    admin.grantPermissions(r -> r.principal(principal(ANALYST)).resource(x -> x.dataCellsFilter(
        f -> f.databaseName("sales").tableName("orders").name("eu_only"))).permissionsWithStrings("SELECT"));
    admin.updateDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000").databaseName("sales")
        .tableName("orders").name("eu_only").rowFilter(x -> x.filterExpression("country IN ('DE', 'FR')"))
        .columnWildcard(w -> w.excludedColumnNames("amount"))));
    assertThat(new PermissionEvaluator(store().load()).selectSlices(DataLakePrincipal.of(ANALYST), "sales", "orders",
        List.of("order_id", "country", "amount", "day"))).singleElement().satisfies(s -> {
          assertThat(s.columns()).containsExactly("order_id", "country", "day");
          assertThat(s.rowFilter().expression()).isEqualTo("country IN ('DE', 'FR')");
        });
    assertThatThrownBy(() -> admin.updateDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000")
        .databaseName("sales").tableName("orders").name("missing").rowFilter(x -> x.allRowsWildcard(w -> { }))
        .columnNames("order_id")))).isInstanceOf(EntityNotFoundException.class);
  }
}
