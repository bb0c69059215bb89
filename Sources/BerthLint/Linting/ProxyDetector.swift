import BerthFormats

/// Finds the compose services that are the stack's reverse proxy: those that publish
/// ports and either run a proxy image (`nginx:1.27`) or are built from a Dockerfile whose
/// final stage starts from one. The compose rules then expect every other service to stay
/// unpublished behind it.
struct ProxyDetector {
    var composeFiles: [ComposeFile]
    /// The repository's Dockerfiles, by absolute path.
    var dockerfiles: [String: Dockerfile]
    var reader: SourceReader

    var proxyServices: Set<String> {
        var names: Set<String> = []
        for compose in composeFiles {
            names.formUnion(compose.proxyServiceNames)
            for service in compose.services where service.publishesPorts && service.imageName == nil {
                guard let build = service.build, let base = finalBase(of: build) else { continue }
                if ComposeFile.isProxyImage(base) { names.insert(service.name) }
            }
        }
        return names
    }

    /// The image the build's final stage starts from, read from the Dockerfile it names.
    private func finalBase(of build: ComposeBuild) -> String? {
        let path = build.contextPath.hasSuffix("/")
            ? build.contextPath + build.dockerfilePath : build.contextPath + "/" + build.dockerfilePath
        let dockerfile = dockerfiles[path] ?? loadInsideRepository(path)
        return dockerfile?.stages.last?.base?.repository
    }

    private func loadInsideRepository(_ path: String) -> Dockerfile? {
        guard let real = SourceReader.realPath(path), reader.isInside(real) else { return nil }
        let dockerfile = Dockerfile.load(path: path, reader: reader)
        return dockerfile.stages.isEmpty ? nil : dockerfile
    }
}
