/** The Huawei Cloud RFS stack-set client. */
package dev.stacksets.rfs;
