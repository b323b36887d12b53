/**
 * The AWS CloudFormation stack-set and AWS Config conformance-pack clients.
 *
 * <ul>
 *   <li>{@link dev.stacksets.cfn.CloudFormationClient}: the reads {@code ListStackSetOperationResults},
 *       {@code ListStackSetOperations}, {@code DescribeStackSetOperation}, {@code ListStackSets},
 *       {@code ListStackInstances}, {@code DescribeStackSet}, {@code DescribeStackInstance},
 *       {@code ListStackSetAutoDeploymentTargets}, with a lazy paginator for every List operation; the writes
 *       {@code CreateStackSet}, {@code UpdateStackSet}, {@code DeleteStackSet}, {@code CreateStackInstances},
 *       {@code UpdateStackInstances}, {@code DeleteStackInstances}, {@code StopStackSetOperation},
 *       {@code DetectStackSetDrift}, each retried with the same {@code OperationId} / {@code ClientRequestToken} and
 *       able to wait its turn behind a running operation. AWS Query protocol: a form-encoded {@code POST /} with
 *       {@code Action} and {@code Version=2010-05-15}, XML replies read by local name whatever their namespace.</li>
 *   <li>{@link dev.stacksets.cfn.ConfigClient}: {@code PutOrganizationConformancePack},
 *       {@code DeleteOrganizationConformancePack}, {@code DescribeOrganizationConformancePacks},
 *       {@code DescribeOrganizationConformancePackStatuses} and
 *       {@code GetOrganizationConformancePackDetailedStatus}, with a paginator for each Describe and Get. AWS JSON
 *       1.1 with {@code X-Amz-Target: StarlingDoveService.<Operation>}.</li>
 * </ul>
 *
 * <p>Both sign with SigV4 ({@code cloudformation} / {@code config}) through the core pipeline, which also retries
 * throttling ({@code Throttling}, {@code ThrottlingException}), 5xx and I/O failures and corrects clock skew. The
 * region comes from the builder or {@code AWS_REGION}; the endpoint is
 * {@code https://{service}.{region}.amazonaws.com} ({@code .amazonaws.com.cn} for {@code cn-*}) unless
 * {@code endpoint(URI)} overrides it, in which case requests are signed for the builder's region or, without one,
 * {@code us-east-1}. Credentials default to {@link dev.stacksets.core.auth.DefaultCredentialsProviders#aws()}.
 *
 * <p>The clients are interfaces (so applications can fake them in tests) with a static {@code builder()}; the
 * {@code Consumer} overloads and paginators are default methods built on the single-page calls. Models live in
 * {@link dev.stacksets.cfn.model} and {@link dev.stacksets.cfn.config.model}; the error-code mapping is described
 * in {@link dev.stacksets.cfn.exception}.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.cfn;

import org.jspecify.annotations.NullMarked;
