package org.gluesuite.serve.lakeformation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.lakeformation.AuditEvent;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationErrors;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.lakeformation.LakeFormationStore;
import org.gluesuite.lakeformation.LfDefinitions;
import org.gluesuite.lakeformation.LfJson;

/**
 * The workspace's Lake Formation state as the API changes it: the same {@link LakeFormationStore} the jobs, the
 * queries and the CLI read, loaded afresh for every call (another process may have changed it) and saved whole
 * after every change. Changes made through this endpoint are serialised; every saved model is read back through the
 * definitions' own parser first, so a change can never leave a state the jobs could not load.
 */
public final class LakeFormationState {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LakeFormationStore store;
  private final Path lake;

  public LakeFormationState(LakeFormationStore store, Path lake) {
    this.store = store;
    this.lake = lake.toAbsolutePath().normalize();
  }

  /** The workspace layout: {@code WORKSPACE/lakeformation} for the state, {@code WORKSPACE/lake} standing in for S3. */
  public static LakeFormationState forWorkspace(Path workspace) {
    Path lake = workspace.resolve("lake");
    return new LakeFormationState(new LakeFormationStore(workspace.resolve("lakeformation"), lake), lake);
  }

  public LakeFormationStore store() {
    return store;
  }

  /** The folder {@code s3://} locations and {@code arn:aws:s3:::} resources stand for. */
  public Path lake() {
    return lake;
  }

  public LakeFormationModel read() {
    return store.load();
  }

  /** Applies {@code change} to the current model and saves the result (validated by a reload). */
  public synchronized LakeFormationModel update(UnaryOperator<LakeFormationModel> change) {
    LakeFormationModel updated = reparse(change.apply(store.load()));
    store.save(updated);
    return updated;
  }

  /**
   * The current model with {@code document} (JSON in the definitions' shapes: {@code DataCellsFilters},
   * {@code LFTags}, {@code RegisteredResources}, …) added, checked as a whole by the definitions' parser.
   */
  public synchronized LakeFormationModel add(String requestName, Object document) {
    List<DefinitionNode> documents = new ArrayList<>();
    documents.add(node("the current Lake Formation state", LfJson.model(store.load())));
    documents.add(node("the " + requestName + " request", document));
    LakeFormationModel updated = LfDefinitions.parse(documents, lake);
    store.save(updated);
    return updated;
  }

  /** Throws Lake Formation's denial unless {@code principal} is a data lake administrator. */
  public void requireAdmin(LakeFormationModel model, DataLakePrincipal principal, String action) {
    if (!model.isAdmin(principal)) {
      audit(AuditEvent.denied(principal, action, "catalog", "not a data lake administrator"));
      throw LakeFormationErrors.adminOnly(principal, "call " + action);
    }
  }

  public void audit(AuditEvent event) {
    store.auditLog().record(event);
  }

  private LakeFormationModel reparse(LakeFormationModel model) {
    return LfDefinitions.parse(List.of(node("the changed Lake Formation state", LfJson.model(model))), lake);
  }

  static DefinitionNode node(String name, Object document) {
    try {
      return DefinitionNode.parse(name, JSON.writeValueAsString(document));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + name + " as JSON: " + e.getMessage(), e);
    }
  }
}
