/** The shop. */
@Deprecated
package shop;
