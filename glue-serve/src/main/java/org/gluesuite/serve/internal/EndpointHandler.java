package org.gluesuite.serve.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gluesuite.common.GlueSuiteException;
import org.gluesuite.serve.IncomingRequest;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.ServeRequestException;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.api.Caller;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.ServiceApi;

/**
 * Answers one HTTP request the way AWS's front end does: route it to a service ({@code X-Amz-Target} prefix for JSON
 * services, {@code POST /<Operation>} for REST-JSON ones), read the body up to the limit, authenticate, parse and
 * validate the input against the service model, run the operation, and write its output, or AWS's error shape
 * ({@code __type} and {@code message}, {@code x-amzn-ErrorType}) with the code's status. Every failure becomes an
 * error response; nothing a client sends can take the endpoint down.
 */
public final class EndpointHandler extends Handler.Abstract {
  private static final System.Logger LOG = System.getLogger(EndpointHandler.class.getName());

  private final Map<String, ServiceApi> jsonServices = new LinkedHashMap<>();
  private final List<ServiceApi> restServices = new ArrayList<>();
  private final ServeSettings settings;
  private final ObjectMapper json = WireJson.mapper();

  public EndpointHandler(List<ServiceApi> services, ServeSettings settings) {
    super(InvocationType.BLOCKING);
    this.settings = settings;
    for (ServiceApi service : services) {
      if (service.model().protocol().equals("json")) {
        jsonServices.put(service.model().targetPrefix(), service);
      } else {
        restServices.add(service);
      }
    }
  }

  /** Where a request goes: the service, and the operation named by the target or path. */
  private record Route(ServiceApi service, String operation) {
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String requestId = UUID.randomUUID().toString();
    Instant receivedAt = Instant.now();
    Route route = null;
    try {
      route = route(request);
      byte[] body = readBody(request);
      IncomingRequest incoming = new IncomingRequest(request.getMethod(), request.getHttpURI().getPath(),
          request.getHttpURI().getQuery(), headers(request), body, route.service.model().signingName(), receivedAt);
      Caller caller = settings.authenticator().authenticate(incoming);
      Object output = invoke(route, body, caller);
      write(response, callback, 200, route.service.model().contentType(), requestId, null, json.writeValueAsBytes(
          output));
    } catch (GlueSuiteException e) {
      writeError(response, callback, route, requestId, e.errorCode(), status(route, e), e.getMessage());
    } catch (RuntimeException | JsonProcessingException e) {
      String operation = route == null ? "The request" : route.operation;
      LOG.log(System.Logger.Level.ERROR, "glue-suite serve: " + operation + " failed (request " + requestId + ")", e);
      ServeRequestException internal = ServeErrors.internal(operation, e);
      writeError(response, callback, route, requestId, internal.errorCode(), 500, internal.getMessage());
    }
    return true;
  }

  private Route route(Request request) {
    String target = request.getHeaders().get("X-Amz-Target");
    if (target != null) {
      int dot = target.indexOf('.');
      ServiceApi service = dot < 0 ? null : jsonServices.get(target.substring(0, dot));
      if (service == null) {
        throw ServeErrors.unknownTarget(target, List.copyOf(jsonServices.keySet()));
      }
      return new Route(service, target.substring(dot + 1));
    }
    String path = request.getHttpURI().getPath();
    for (ServiceApi service : restServices) {
      Optional<String> operation = service.model().operationAt(request.getMethod(), path == null ? "/" : path);
      if (operation.isPresent()) {
        return new Route(service, operation.get());
      }
    }
    throw ServeErrors.noOperation(request.getMethod(), path);
  }

  /** The body, refused before reading when its declared length is over the limit, and when it grows over it. */
  private byte[] readBody(Request request) {
    long limit = settings.maxRequestBytes();
    long declared = request.getLength();
    if (declared > limit) {
      throw ServeErrors.tooLarge(declared, limit);
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw ServeErrors.tooLarge(-1, limit);
      }
      return body;
    } catch (IOException e) {
      throw ServeErrors.readTimeout(settings.idleTimeout().toMillis());
    }
  }

  private Object invoke(Route route, byte[] body, Caller caller) {
    ServiceApi service = route.service;
    String name = route.operation;
    if (!service.model().hasOperation(name)) {
      throw ServeErrors.unknownOperation(service.model().fullName(), name);
    }
    Operation operation = service.operation(name)
        .orElseThrow(() -> ServeErrors.notServed(service.model().fullName(), name));
    JsonNode input = parse(name, body);
    ModelValidator.validate(service.model(), name, input);
    Object output = operation.invoke(new OperationCall(name, input, caller, json));
    return output == null ? Operation.NO_OUTPUT : output;
  }

  private JsonNode parse(String operation, byte[] body) {
    if (body.length == 0) {
      return json.createObjectNode();
    }
    try (com.fasterxml.jackson.core.JsonParser parser = json.createParser(body)) {
      JsonNode node = json.readTree(parser);
      if (parser.nextToken() != null) {
        throw ServeErrors.malformedJson(operation, "there is more after the JSON value");
      }
      if (node == null || !node.isObject()) {
        throw ServeErrors.malformedJson(operation, "the body is " + (node == null ? "empty" : "a JSON "
            + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object"));
      }
      return (ObjectNode) node;
    } catch (JsonProcessingException e) {
      throw ServeErrors.malformedJson(operation, e.getOriginalMessage() + (e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw ServeErrors.malformedJson(operation, e.getMessage());
    }
  }

  private static int status(Route route, GlueSuiteException e) {
    if (e instanceof ServeRequestException request) {
      return request.httpStatus();
    }
    if (route != null) {
      Optional<Integer> modelled = route.service.model().errorStatus(e.errorCode());
      if (modelled.isPresent()) {
        return modelled.get();
      }
    }
    return e.errorCode().equals("InternalServiceException") ? 500 : 400;
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }

  private void writeError(Response response, Callback callback, Route route, String requestId, String code,
      int status, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("__type", code);
    error.put("Message", message);
    byte[] body;
    try {
      body = json.writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      body = ("{\"__type\":\"" + code + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    String contentType = route == null ? "application/x-amz-json-1.1" : route.service.model().contentType();
    write(response, callback, status, contentType, requestId, code, body);
  }

  private static void write(Response response, Callback callback, int status, String contentType, String requestId,
      String errorCode, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put("x-amzn-RequestId", requestId);
    if (errorCode != null) {
      response.getHeaders().put("x-amzn-ErrorType", errorCode);
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
