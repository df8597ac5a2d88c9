package shop

fun main() {
    println("not Java")
}
