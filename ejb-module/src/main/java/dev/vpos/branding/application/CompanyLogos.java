package dev.vpos.branding.application;

import dev.vpos.branding.domain.CompanyLogo;
import dev.vpos.branding.domain.LogoImage;
import dev.vpos.branding.infrastructure.CompanyLogoRepository;
import dev.vpos.erp.domain.ErpPort;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Each company's logo for the payer's page: uploaded by an administrator (PNG or JPEG, at most 200 KB, recognised by
 * its bytes), replaced or removed, and read back with a version that changes with the image.
 */
@ApplicationScoped
public class CompanyLogos {

    /** A logo as it is served. */
    public record Logo(String contentType, byte[] bytes, String version) {}

    @Inject
    CompanyLogoRepository logos;

    @Inject
    ErpPort erp;

    @Inject
    Clock clock;

    /** @throws InvalidInputException on field {@code logo} for an image that is not a PNG or JPEG, or too large */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public String upload(long companyId, byte[] bytes, String actor) {
        requireCompany(companyId);
        if (bytes == null || bytes.length > CompanyLogo.MAX_BYTES) {
            throw new InvalidInputException(
                    FieldError.of("logo", "logo.size", String.valueOf(CompanyLogo.MAX_BYTES / 1024)));
        }
        LogoImage image =
                LogoImage.of(bytes).orElseThrow(() -> new InvalidInputException(FieldError.of("logo", "logo.format")));
        String version = version(bytes);
        CompanyLogo logo = logos.find(companyId).orElseGet(() -> {
            CompanyLogo created = new CompanyLogo(companyId);
            logos.add(created);
            return created;
        });
        logo.replace(image, version, actor, OffsetDateTimes.now(clock));
        return version;
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public void remove(long companyId) {
        requireCompany(companyId);
        logos.find(companyId).ifPresent(logos::remove);
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<Logo> logo(long companyId) {
        return logos.find(companyId).map(l -> new Logo(l.contentType(), l.content(), l.version()));
    }

    /** The version of the company's logo, if it has one (cheap: the image is not read). */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<String> version(long companyId) {
        return logos.version(companyId);
    }

    private void requireCompany(long companyId) {
        if (erp.company(companyId).isEmpty()) {
            throw new NotFoundException("company.notFound", String.valueOf(companyId));
        }
    }

    private static String version(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
