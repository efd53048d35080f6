package org.gluesuite.serve.api;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gluesuite.serve.internal.ServiceModel;

/**
 * One AWS service as {@code glue-suite serve} answers it: its model (botocore's, which names the operations and checks
 * every input) and the operations registered so far. Operations of the model without a handler answer
 * {@code UnknownOperationException} saying they are not served yet; adding one is {@link #register}.
 *
 * <pre>{@code
 * ServiceApi glue = ServiceApi.glue();
 * glue.register("GetDatabase", call -> Map.of("Database", catalog.getDatabase(call.string("Name"))));
 * }</pre>
 */
public final class ServiceApi {
  private final ServiceModel model;
  private final Map<String, Operation> operations = new ConcurrentHashMap<>();

  private ServiceApi(ServiceModel model) {
    this.model = model;
  }

  /** AWS Glue, JSON 1.1, {@code X-Amz-Target: AWSGlue.<Operation>}. */
  public static ServiceApi glue() {
    return new ServiceApi(ServiceModel.load("glue-2017-03-31"));
  }

  /** Amazon Athena, JSON 1.1, {@code X-Amz-Target: AmazonAthena.<Operation>}. */
  public static ServiceApi athena() {
    return new ServiceApi(ServiceModel.load("athena-2017-05-18"));
  }

  /** AWS Lake Formation, REST-JSON, {@code POST /<Operation>}. */
  public static ServiceApi lakeFormation() {
    return new ServiceApi(ServiceModel.load("lakeformation-2017-03-31"));
  }

  /**
   * Serves {@code operation} with {@code handler}.
   *
   * @throws IllegalArgumentException if the model has no such operation, or it is registered already
   */
  public ServiceApi register(String operation, Operation handler) {
    if (!model.hasOperation(operation)) {
      throw new IllegalArgumentException(model.fullName() + " has no operation " + operation);
    }
    if (operations.putIfAbsent(operation, handler) != null) {
      throw new IllegalArgumentException(operation + " of " + model.fullName() + " is registered twice");
    }
    return this;
  }

  public ServiceModel model() {
    return model;
  }

  public Optional<Operation> operation(String name) {
    return Optional.ofNullable(operations.get(name));
  }

  /** The names of the operations served, for listings. */
  public java.util.Set<String> servedOperations() {
    return java.util.Set.copyOf(operations.keySet());
  }

  @Override
  public String toString() {
    return model.fullName() + " " + operations.size() + " operation(s)";
  }
}
