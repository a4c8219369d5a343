package org.complyscore.access.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PermissionTest {

  @Test
  void everyPermissionHasAConstantOfTheSameNameAndValue() throws IllegalAccessException {
    Map<String, Object> constants = new java.util.HashMap<>();
    for (Field field : Permission.Names.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        constants.put(field.getName(), field.get(null));
      }
    }

    Map<String, Object> expected =
        Arrays.stream(Permission.values())
            .collect(Collectors.toMap(Permission::name, Permission::name));
    assertThat(constants).isEqualTo(expected);
  }
}
