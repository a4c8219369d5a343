package org.complyscore.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.complyscore.action.entity.Category;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Points;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.template.control.OscalCatalog;
import org.complyscore.template.control.OscalCatalogReader;

/**
 * The scale of the product specification (section 7), generated with a fixed seed straight into the
 * tables: 200 users; 3 templates (products) made from the 370 controls of the NIST HIGH baseline,
 * whose controls share 1,667 improvement actions; 20 groups with 3 assessments each (60); one
 * action state per action and scope; about 100,000 links between assessments and action states;
 * random statuses. Every user has the password {@link BenchPassword#PASSWORD}, for load runs.
 */
final class BenchData {

  static final int USERS = 200;
  static final int GROUPS = 20;
  static final int PRODUCTS = 3;

  /** Actions per template: 60 assessments × 1,667 ≈ 100,000 links. */
  static final int ACTIONS = 1667;

  static final String REGULATION = "NIST SP 800-53 Rev 5 HIGH";

  private final Connection connection;
  private final Random random;
  private final Timestamp now = Timestamp.from(Instant.now());
  private long nextId = 1_000_000;

  final List<Long> groupIds = new ArrayList<>();
  final List<Long> assessmentIds = new ArrayList<>();
  final List<Long> categoryIds = new ArrayList<>();
  final List<Long> solutionIds = new ArrayList<>();
  int controls;
  int states;
  int links;

  BenchData(Connection connection, long seed) {
    this.connection = connection;
    this.random = new Random(seed);
  }

  void generate() throws SQLException {
    connection.setAutoCommit(false);
    List<OscalCatalog.Control> high = readHighBaseline();
    List<Long> userIds = users();
    categories();
    solutions();
    long[] actions = new long[ACTIONS];
    boolean[] perGroup = new boolean[ACTIONS];
    actions(actions, perGroup, high);
    long[] templates = templates(high, actions);
    groups();
    assessments(templates, actions, perGroup, userIds);
    connection.commit();
  }

  private List<OscalCatalog.Control> readHighBaseline() {
    try (InputStream json =
        BenchData.class
            .getClassLoader()
            .getResourceAsStream("oscal/nist-800-53-rev5-high-resolved-catalog.json")) {
      return new OscalCatalogReader().read(json).allControls();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long id() {
    return nextId++;
  }

  private List<Long> users() throws SQLException {
    List<Long> ids = new ArrayList<>();
    // One hash for all: PBKDF2 is slow on purpose. The salt comes from SecureRandom, not the seed.
    String passwordHash = BenchPassword.hash();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO app_user (id, version, created_at, modified_at, username, email,"
                + " display_name, password_hash, role, active) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      String[] roles = {"READER", "CONTRIBUTOR", "ASSESSOR", "ADMINISTRATOR"};
      for (int i = 0; i < USERS; i++) {
        long id = id();
        ids.add(id);
        insert.setLong(1, id);
        insert.setTimestamp(2, now);
        insert.setTimestamp(3, now);
        insert.setString(4, "bench-user-" + i);
        insert.setString(5, "bench-user-" + i + "@example.org");
        insert.setString(6, "Bench User " + i);
        insert.setString(7, passwordHash);
        insert.setString(8, roles[i % roles.length]);
        insert.setBoolean(9, true);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return ids;
  }

  private void categories() throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO category (id, version, created_at, modified_at, name, sort_order)"
                + " VALUES (?, 1, ?, ?, ?, ?)")) {
      for (int i = 0; i < Category.STANDARD.size(); i++) {
        long id = id();
        categoryIds.add(id);
        insert.setLong(1, id);
        insert.setTimestamp(2, now);
        insert.setTimestamp(3, now);
        insert.setString(4, Category.STANDARD.get(i));
        insert.setInt(5, i);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void solutions() throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO solution (id, version, created_at, modified_at, name) VALUES (?, 1, ?, ?, ?)")) {
      for (int i = 0; i < 15; i++) {
        long id = id();
        solutionIds.add(id);
        insert.setLong(1, id);
        insert.setTimestamp(2, now);
        insert.setTimestamp(3, now);
        insert.setString(4, "Bench solution " + (i + 1));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * 35 % technical, 45 % operational, 20 % documentation; 3 % from a service provider. Titles name
   * the first control an action serves, so that the list's text search finds some of them.
   */
  private void actions(long[] ids, boolean[] perGroup, List<OscalCatalog.Control> high)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO improvement_action (id, version, created_at, modified_at, title, description,"
                + " implementation_type, purpose, enforcement, points, owner, solution_id, category_id)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < ids.length; i++) {
        int kind = random.nextInt(100);
        ImplementationType type =
            kind < 35
                ? ImplementationType.TECHNICAL
                : kind < 80 ? ImplementationType.OPERATIONAL : ImplementationType.DOCUMENTATION;
        Purpose purpose = Purpose.values()[random.nextInt(Purpose.values().length)];
        Enforcement enforcement =
            random.nextInt(3) == 0 ? Enforcement.DISCRETIONARY : Enforcement.MANDATORY;
        boolean provider = random.nextInt(100) < 3;
        ids[i] = id();
        perGroup[i] = !provider && type != ImplementationType.TECHNICAL;
        insert.setLong(1, ids[i]);
        insert.setTimestamp(2, now);
        insert.setTimestamp(3, now);
        insert.setString(
            4, "Bench action " + (i + 1) + ": " + high.get(controlsOf(i, high.size())[0]).title());
        insert.setString(5, "Generated for the benchmark.");
        insert.setString(6, type.name());
        insert.setString(7, purpose.name());
        insert.setString(8, enforcement.name());
        insert.setInt(9, Points.defaultFor(purpose, enforcement));
        insert.setString(10, provider ? "PROVIDER" : "ORGANIZATION");
        insert.setLong(11, solutionIds.get(random.nextInt(solutionIds.size())));
        insert.setLong(12, categoryIds.get(random.nextInt(categoryIds.size())));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * One template per product with the HIGH controls; control i uses action i, and the remaining
   * actions are spread over the controls, each serving two of them.
   */
  private long[] templates(List<OscalCatalog.Control> high, long[] actions) throws SQLException {
    long[] templates = new long[PRODUCTS];
    try (PreparedStatement template =
            connection.prepareStatement(
                "INSERT INTO template (id, version, created_at, modified_at, title, product, regulation,"
                    + " template_version, source) VALUES (?, 1, ?, ?, ?, ?, ?, '5.1.1', 'OSCAL')");
        PreparedStatement family =
            connection.prepareStatement(
                "INSERT INTO control_family (id, version, created_at, modified_at, template_id,"
                    + " family_key, title, sort_order) VALUES (?, 1, ?, ?, ?, ?, ?, ?)");
        PreparedStatement control =
            connection.prepareStatement(
                "INSERT INTO control (id, version, created_at, modified_at, family_id, template_id,"
                    + " control_key, title, sort_order) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement controlAction =
            connection.prepareStatement(
                "INSERT INTO control_action (control_id, action_id) VALUES (?, ?)")) {
      int n = high.size();
      for (int p = 0; p < PRODUCTS; p++) {
        templates[p] = id();
        template.setLong(1, templates[p]);
        template.setTimestamp(2, now);
        template.setTimestamp(3, now);
        template.setString(4, "Bench HIGH baseline, product " + (char) ('A' + p));
        template.setString(5, "Bench product " + (char) ('A' + p));
        template.setString(6, REGULATION);
        template.executeUpdate();
        long familyId = id();
        family.setLong(1, familyId);
        family.setTimestamp(2, now);
        family.setTimestamp(3, now);
        family.setLong(4, templates[p]);
        family.setString(5, "ALL");
        family.setString(6, "All controls");
        family.setInt(7, 0);
        family.executeUpdate();
        long[] controlIds = new long[n];
        for (int c = 0; c < n; c++) {
          controlIds[c] = id();
          control.setLong(1, controlIds[c]);
          control.setTimestamp(2, now);
          control.setTimestamp(3, now);
          control.setLong(4, familyId);
          control.setLong(5, templates[p]);
          control.setString(6, high.get(c).label());
          control.setString(7, high.get(c).title());
          control.setInt(8, c);
          control.addBatch();
          controls++;
        }
        control.executeBatch();
        for (int a = 0; a < actions.length; a++) {
          for (int c : controlsOf(a, n)) {
            controlAction.setLong(1, controlIds[c]);
            controlAction.setLong(2, actions[a]);
            controlAction.addBatch();
          }
        }
        controlAction.executeBatch();
      }
    }
    return templates;
  }

  /** Action a serves control a, or (beyond the first n) two different controls. */
  private static int[] controlsOf(int a, int n) {
    if (a < n) {
      return new int[] {a};
    }
    int first = a % n;
    int second = (a * 7 + 3) % n;
    return new int[] {first, second == first ? (first + 1) % n : second};
  }

  private void groups() throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO assessment_group (id, version, created_at, modified_at, name)"
                + " VALUES (?, 1, ?, ?, ?)")) {
      for (int g = 0; g < GROUPS; g++) {
        long id = id();
        groupIds.add(id);
        insert.setLong(1, id);
        insert.setTimestamp(2, now);
        insert.setTimestamp(3, now);
        insert.setString(4, "Bench group " + (g + 1));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Each group assesses every product; states are made once per action and scope. */
  private void assessments(long[] templates, long[] actions, boolean[] perGroup, List<Long> users)
      throws SQLException {
    long[] organizationStates = new long[actions.length];
    try (PreparedStatement assessment =
            connection.prepareStatement(
                "INSERT INTO assessment (id, version, created_at, modified_at, name, group_id,"
                    + " template_id) VALUES (?, 1, ?, ?, ?, ?, ?)");
        PreparedStatement state =
            connection.prepareStatement(
                "INSERT INTO action_state (id, version, created_at, modified_at, action_id, group_id,"
                    + " scope_key, assignee_id, implementation_status, implementation_date,"
                    + " test_status, test_date, testing_source, partial_fraction)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement link =
            connection.prepareStatement(
                "INSERT INTO assessment_action (assessment_id, action_state_id) VALUES (?, ?)")) {
      for (int g = 0; g < GROUPS; g++) {
        long groupId = groupIds.get(g);
        long[] groupStates = new long[actions.length];
        for (int p = 0; p < PRODUCTS; p++) {
          long assessmentId = id();
          assessmentIds.add(assessmentId);
          assessment.setLong(1, assessmentId);
          assessment.setTimestamp(2, now);
          assessment.setTimestamp(3, now);
          assessment.setString(4, "Bench assessment " + (g + 1) + (char) ('A' + p));
          assessment.setLong(5, groupId);
          assessment.setLong(6, templates[p]);
          assessment.executeUpdate();
          for (int a = 0; a < actions.length; a++) {
            long[] scope = perGroup[a] ? groupStates : organizationStates;
            if (scope[a] == 0) {
              scope[a] = id();
              addState(state, scope[a], actions[a], perGroup[a] ? groupId : null, users);
              states++;
            }
            link.setLong(1, assessmentId);
            link.setLong(2, scope[a]);
            link.addBatch();
            links++;
          }
          state.executeBatch();
          link.executeBatch();
        }
      }
    }
  }

  private void addState(
      PreparedStatement state, long id, long actionId, Long groupId, List<Long> users)
      throws SQLException {
    ImplementationStatus implementation = implementation();
    TestStatus test = implementation.isImplemented() ? test() : TestStatus.NONE;
    state.setLong(1, id);
    state.setTimestamp(2, now);
    state.setTimestamp(3, now);
    state.setLong(4, actionId);
    if (groupId == null) {
      state.setNull(5, Types.BIGINT);
    } else {
      state.setLong(5, groupId);
    }
    state.setLong(6, groupId == null ? 0 : groupId);
    if (random.nextInt(3) == 0) {
      state.setNull(7, Types.BIGINT);
    } else {
      state.setLong(7, users.get(random.nextInt(users.size())));
    }
    state.setString(8, implementation.name());
    state.setDate(
        9,
        implementation.isImplemented()
            ? Date.valueOf(LocalDate.of(2026, 1, 1 + random.nextInt(28)))
            : null);
    state.setString(10, test.name());
    state.setDate(
        11, test.isTested() ? Date.valueOf(LocalDate.of(2026, 3, 1 + random.nextInt(28))) : null);
    state.setString(12, test == TestStatus.PARTIALLY_TESTED ? "AUTOMATIC" : "MANUAL");
    if (test == TestStatus.PARTIALLY_TESTED) {
      state.setBigDecimal(13, BigDecimal.valueOf(random.nextInt(10_001), 4));
    } else {
      state.setNull(13, Types.NUMERIC);
    }
    state.addBatch();
  }

  /** 40 % not implemented, 10 % planned, 35 % implemented, 5 % alternative, 10 % out of scope. */
  private ImplementationStatus implementation() {
    int roll = random.nextInt(100);
    if (roll < 40) {
      return ImplementationStatus.NOT_IMPLEMENTED;
    }
    if (roll < 50) {
      return ImplementationStatus.PLANNED;
    }
    if (roll < 85) {
      return ImplementationStatus.IMPLEMENTED;
    }
    if (roll < 90) {
      return ImplementationStatus.ALTERNATIVE_IMPLEMENTATION;
    }
    return ImplementationStatus.OUT_OF_SCOPE;
  }

  /**
   * Of implemented actions: 50 % passed, 12 % failed, 10 % partial, 2 % out of scope, rest open.
   */
  private TestStatus test() {
    int roll = random.nextInt(100);
    if (roll < 50) {
      return TestStatus.PASSED;
    }
    if (roll < 54) {
      return TestStatus.FAILED_LOW_RISK;
    }
    if (roll < 58) {
      return TestStatus.FAILED_MEDIUM_RISK;
    }
    if (roll < 62) {
      return TestStatus.FAILED_HIGH_RISK;
    }
    if (roll < 72) {
      return TestStatus.PARTIALLY_TESTED;
    }
    if (roll < 74) {
      return TestStatus.OUT_OF_SCOPE;
    }
    return roll < 87 ? TestStatus.IN_PROGRESS : TestStatus.NONE;
  }
}
