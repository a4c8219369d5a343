package org.complyscore.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * File sizes as people read them: {@code #{fileSizes.of(e.sizeBytes())}} gives "47 B", "2.4 MB".
 */
@Named
@ApplicationScoped
public class FileSizes {

  public String of(Long bytes) {
    if (bytes == null) {
      return "";
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
