package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.complyscore.e2e.support.TestServer;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.Test;

class HealthIT {

  @Test
  void readinessReportsTheDatabaseUp() {
    HttpResponse<String> response = new WebSession().get(TestServer.health());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"status\":\"UP\"")
        .contains("\"name\":\"complyscore-database\"")
        .contains("\"schema\":\"migrated\"");
  }
}
