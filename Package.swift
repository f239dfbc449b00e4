// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "awsquiz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "awsquiz", targets: ["awsquiz"]),
        .executable(name: "awsquiz-bench", targets: ["AwsquizBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "QuizEngine"),
        .target(name: "QuestionBank", dependencies: ["QuizEngine", "Yams"]),
        .target(name: "StudyHistory", dependencies: ["QuizEngine", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "QuizUI", dependencies: ["QuizEngine"]),
        .target(name: "CursesTerminal", dependencies: ["QuizUI", "CNcursesw"]),
        .executableTarget(
            name: "awsquiz",
            dependencies: [
                "QuizEngine", "QuestionBank", "StudyHistory", "QuizUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "AwsquizBenchmark", dependencies: ["QuizEngine", "QuestionBank", "QuizUI", "StudyHistory"]),
        .testTarget(name: "QuizEngineTests", dependencies: ["QuizEngine"]),
        .testTarget(name: "QuestionBankTests", dependencies: ["QuestionBank", "QuizEngine"]),
        .testTarget(
            name: "StudyHistoryTests",
            dependencies: ["StudyHistory", "QuizEngine", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "QuizUITests", dependencies: ["QuizUI", "QuizEngine", "QuestionBank"], exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["QuestionBank", "QuizEngine", "QuizUI", "StudyHistory", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
