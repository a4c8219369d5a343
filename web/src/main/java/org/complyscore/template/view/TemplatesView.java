package org.complyscore.template.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.complyscore.assessment.entity.TemplateSource;
import org.complyscore.template.boundary.TemplateRow;
import org.complyscore.template.boundary.TemplateService;

/**
 * The Templates page ({@code /templates/list}, F44): every template with its size, maximum score
 * and the assessments made from it, filtered by regulation, source and text. Templates are few (one
 * per regulation and product), so the page filters the list it has.
 */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TemplateService templateService;

  private List<TemplateRow> all;
  private List<TemplateRow> shown;

  private String regulation;
  private TemplateSource source;
  private String text;

  @PostConstruct
  void load() {
    all = templateService.list();
    filter();
  }

  /** Applies the filter to the list read when the page opened. */
  public void filter() {
    shown = filter(all, regulation, source, text);
  }

  public void clear() {
    regulation = null;
    source = null;
    text = null;
    filter();
  }

  /** The rows a filter keeps: each value given must match; the text anywhere in the names. */
  static List<TemplateRow> filter(
      List<TemplateRow> rows, String regulation, TemplateSource source, String text) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return rows.stream()
        .filter(row -> regulation == null || regulation.equals(row.regulation()))
        .filter(row -> source == null || source == row.source())
        .filter(
            row ->
                needle.isEmpty()
                    || contains(row.title(), needle)
                    || contains(row.product(), needle)
                    || contains(row.regulation(), needle)
                    || contains(row.version(), needle))
        .toList();
  }

  private static boolean contains(String value, String needle) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
  }

  public List<TemplateRow> getTemplates() {
    return shown;
  }

  public int getTotal() {
    return all.size();
  }

  public boolean isFiltered() {
    return regulation != null || source != null || (text != null && !text.isBlank());
  }

  /** The regulations of the templates, each once, in order. */
  public List<String> getRegulations() {
    return all.stream().map(TemplateRow::regulation).distinct().sorted().toList();
  }

  public TemplateSource[] getSources() {
    return TemplateSource.values();
  }

  public String getRegulation() {
    return regulation;
  }

  public void setRegulation(String regulation) {
    this.regulation = regulation == null || regulation.isBlank() ? null : regulation;
  }

  public TemplateSource getSource() {
    return source;
  }

  public void setSource(TemplateSource source) {
    this.source = source;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
