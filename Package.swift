// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "awsquiz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "awsquiz", targets: ["awsquiz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "QuizEngine"),
        .target(name: "QuestionBank", dependencies: ["QuizEngine", "Yams"]),
        .target(name: "QuizUI", dependencies: ["QuizEngine"]),
        .target(name: "CursesTerminal", dependencies: ["QuizUI", "CNcursesw"]),
        .executableTarget(
            name: "awsquiz",
            dependencies: [
                "QuizEngine", "QuestionBank", "QuizUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "QuizEngineTests", dependencies: ["QuizEngine"]),
        .testTarget(name: "QuestionBankTests", dependencies: ["QuestionBank", "QuizEngine"]),
        .testTarget(name: "QuizUITests", dependencies: ["QuizUI", "QuizEngine", "QuestionBank"]),
        .testTarget(name: "EndToEndTests", dependencies: ["QuestionBank", "QuizEngine", "QuizUI"]),
    ],
    swiftLanguageModes: [.v6]
)
