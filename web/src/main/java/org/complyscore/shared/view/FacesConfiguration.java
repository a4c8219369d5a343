package org.complyscore.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * Switches on Faces 4 with CDI: {@code #{...}} resolves CDI beans, {@code @Inject FacesContext}.
 */
@FacesConfig
@ApplicationScoped
public class FacesConfiguration {}
