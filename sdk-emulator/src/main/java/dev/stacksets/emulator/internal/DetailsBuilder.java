package dev.stacksets.emulator.internal;

import java.util.List;

/** A mutable copy of {@link StackSet.Details} for writes that change some settings. Not thread-safe. */
public final class DetailsBuilder {
  public String administrationAgencyName;
  public String administrationAgencyUrn;
  public String managedAgencyName;
  public String initialStackDescription;
  public String varsBody;
  public boolean enableParallelOperation;
  public List<String> organizationalUnitIds = List.of();
  public String administrationRoleArn;
  public String executionRoleName;
  public String templateBody;
  public boolean deleted;
  public boolean autoDeployment;
  public String templateUrl;
  public String varsUri;
  public List<KeyValue> parameters = List.of();
  public List<String> capabilities = List.of();
  public List<KeyValue> tags = List.of();
  public boolean managedExecution;
  public boolean retainStacksOnAccountRemoval;

  /** Empty settings. */
  public DetailsBuilder() {}

  DetailsBuilder(StackSet.Details d) {
    administrationAgencyName = d.administrationAgencyName();
    administrationAgencyUrn = d.administrationAgencyUrn();
    managedAgencyName = d.managedAgencyName();
    initialStackDescription = d.initialStackDescription();
    varsBody = d.varsBody();
    enableParallelOperation = d.enableParallelOperation();
    organizationalUnitIds = d.organizationalUnitIds();
    administrationRoleArn = d.administrationRoleArn();
    executionRoleName = d.executionRoleName();
    templateBody = d.templateBody();
    deleted = d.deleted();
    autoDeployment = d.autoDeployment();
    templateUrl = d.templateUrl();
    varsUri = d.varsUri();
    parameters = d.parameters();
    capabilities = d.capabilities();
    tags = d.tags();
    managedExecution = d.managedExecution();
    retainStacksOnAccountRemoval = d.retainStacksOnAccountRemoval();
  }

  /** The settings. */
  public StackSet.Details build() {
    return new StackSet.Details(administrationAgencyName, administrationAgencyUrn, managedAgencyName,
        initialStackDescription, varsBody, enableParallelOperation, organizationalUnitIds, administrationRoleArn,
        executionRoleName, templateBody, deleted, autoDeployment, templateUrl, varsUri, parameters, capabilities, tags,
        managedExecution, retainStacksOnAccountRemoval);
  }
}
